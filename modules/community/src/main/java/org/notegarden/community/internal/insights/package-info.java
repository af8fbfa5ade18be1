/**
 * Content performance for creators and brands: dashboards, "what works" and CSV, read from the
 * aggregates that {@code tally} writes.
 */
package org.notegarden.community.internal.insights;
