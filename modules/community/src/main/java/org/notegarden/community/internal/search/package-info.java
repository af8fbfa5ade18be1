/**
 * Search and its upkeep: Hibernate Search queries over notes, people and topics, the search
 * history and hot searches, index updates automatic indexing cannot see, and the rebuild of an
 * empty index. Used by community's web layer only.
 */
package org.notegarden.community.internal.search;
