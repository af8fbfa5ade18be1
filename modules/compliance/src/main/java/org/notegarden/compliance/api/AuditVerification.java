package org.notegarden.compliance.api;

/**
 * Outcome of checking the audit chain.
 *
 * @param intact        true when every entry's hash matches its content and predecessor
 * @param entries       number of entries checked
 * @param firstBrokenSeq sequence number of the first entry that does not match, or null
 */
public record AuditVerification(boolean intact, long entries, Long firstBrokenSeq) {
}
