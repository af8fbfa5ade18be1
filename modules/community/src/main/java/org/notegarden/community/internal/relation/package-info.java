/**
 * Who follows whom, follow requests to private profiles, and blocks. Below notes: whether a
 * note is visible depends on these relations, never the other way round.
 */
package org.notegarden.community.internal.relation;
