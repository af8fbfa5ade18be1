package org.notegarden.compliance.api;

/**
 * Fired (synchronously, inside the deciding transaction) when a person should hear how
 * moderation ended for them: the module that reaches people (community's notifications) tells
 * them, so the message exists exactly when the decision does.
 *
 * @param recipientId the account to tell
 * @param topic       what the message is about
 * @param subjectKind what was moderated
 * @param subjectId   its id
 * @param outcome     the decision (e.g. {@code REMOVE}), the notice outcome ({@code ACTION_TAKEN},
 *                    {@code NO_ACTION}) or the appeal outcome ({@code UPHELD}, {@code REVERSED})
 * @param statementId the statement of reasons to read, when there is one
 */
public record ModerationConcluded(long recipientId, Topic topic, SubjectKind subjectKind, long subjectId, String outcome,
                                  Long statementId) {
    public enum Topic {
        /** A restriction was decided about the recipient's content or account; a statement explains it. */
        DECISION,
        /** The recipient's held content passed review and is now shown. */
        RELEASED,
        /** A notice the recipient filed was settled. */
        REPORT,
        /** An appeal the recipient filed was decided. */
        APPEAL
    }

    public ModerationConcluded {
        if (topic == null || subjectKind == null || outcome == null) {
            throw new IllegalArgumentException("topic, subject kind and outcome are required");
        }
    }
}
