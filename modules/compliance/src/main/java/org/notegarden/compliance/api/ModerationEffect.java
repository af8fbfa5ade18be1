package org.notegarden.compliance.api;

import java.time.Instant;

/**
 * Fired (synchronously, inside the deciding transaction) when moderation changes what others
 * may see: the module owning the subject applies it, so a rollback undoes both together.
 *
 * @param kind        what the effect is about (for account effects: ACCOUNT)
 * @param subjectId   the note, comment, product, shop or account id
 * @param effect      what to do
 * @param until       end of a suspension, else {@code null}
 * @param statementId the statement of reasons the affected person can read, if one was issued
 */
public record ModerationEffect(SubjectKind kind, long subjectId, Effect effect, Instant until, Long statementId) {
    public enum Effect {
        /** Held content passed review: publish it (other restrictions may follow). */
        RELEASE,
        /** A decision was reversed on appeal: show it again, without the restriction. */
        RESTORE,
        REMOVE,
        AGE_RESTRICT,
        DEMOTE,
        LABEL,
        SUSPEND_ACCOUNT,
        TERMINATE_ACCOUNT,
        REINSTATE_ACCOUNT,
        /** No change to what others see; the person gets a warning (a strike). */
        WARN
    }
}
