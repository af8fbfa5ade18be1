/**
 * Statements of reasons on their way to the Commission's DSA Transparency Database (DSA Art.
 * 24(5)): queued in the deciding transaction ({@link org.notegarden.compliance.internal.tdb.TdbEnqueuer}),
 * sent in batches of at most 100 by {@link org.notegarden.compliance.internal.tdb.TdbSubmitter},
 * settled from the database's answer, and shown to compliance staff with the validator's
 * messages ({@link org.notegarden.compliance.internal.tdb.TdbResource}).
 */
package org.notegarden.compliance.internal.tdb;
