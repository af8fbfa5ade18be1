package org.notegarden.compliance.api;

/**
 * Append-only record of privileged actions (role grants, admin bootstrap, moderation). Each
 * entry carries the hash of the one before it, so editing or deleting any entry afterwards is
 * detected by {@link #verify()}. Appends join the caller's transaction: an action that rolls
 * back leaves no entry.
 */
public interface AuditLog {
    /**
     * Appends one entry.
     *
     * @param actorId  account that acted, or {@code null} for the system itself
     * @param action   stable action name, e.g. {@code account.roles.changed}
     * @param target   what was acted on, e.g. {@code account:42}
     * @param detail   short human-readable detail (no secrets)
     */
    void record(Long actorId, String action, String target, String detail);

    /** Recomputes the whole chain. */
    AuditVerification verify();
}
