/**
 * The search analyzers (English and Chinese in one field, pinyin, keywords), handed to Hibernate
 * Search by the persistence unit. Only Hibernate Search uses this package, by class name.
 */
package org.notegarden.i18n.internal.search;
