/**
 * Counting what readers do (reads, likes, collects, comments, follows, sales from notes) for
 * insights: events recorded in memory, aggregated and written in batches. Everything that counts
 * calls down into this package; the dashboards that read the counts live in {@code insights}.
 */
package org.notegarden.community.internal.tally;
