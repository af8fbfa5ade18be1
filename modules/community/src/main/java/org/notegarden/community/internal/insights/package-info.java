/**
 * Content performance for creators and brands: events recorded in memory, aggregated, written in
 * batches; dashboards and CSV read the aggregates only.
 */
package org.notegarden.community.internal.insights;
