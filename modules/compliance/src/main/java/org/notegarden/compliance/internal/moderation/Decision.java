package org.notegarden.compliance.internal.moderation;

import org.notegarden.compliance.api.ModerationEffect.Effect;

/** What a moderator can decide, and what each means for the content and the account. */
public enum Decision {
    NO_ACTION(null, false, "DECISION_VISIBILITY_OTHER"),
    LABEL(Effect.LABEL, false, "DECISION_VISIBILITY_CONTENT_LABELLED"),
    DEMOTE(Effect.DEMOTE, false, "DECISION_VISIBILITY_CONTENT_DEMOTED"),
    AGE_RESTRICT(Effect.AGE_RESTRICT, false, "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED"),
    REMOVE(Effect.REMOVE, true, "DECISION_VISIBILITY_CONTENT_REMOVED"),
    WARN(Effect.WARN, true, null),
    SUSPEND(Effect.SUSPEND_ACCOUNT, true, null),
    TERMINATE(Effect.TERMINATE_ACCOUNT, true, null);

    final Effect effect;
    /** Counts as a strike against the author. */
    final boolean strike;
    /** The DSA Transparency Database visibility value, for content decisions. */
    final String dsaVisibility;

    Decision(Effect effect, boolean strike, String dsaVisibility) {
        this.effect = effect;
        this.strike = strike;
        this.dsaVisibility = dsaVisibility;
    }

    boolean restricts() {
        return this != NO_ACTION;
    }

    /** Takes the content out of sight (removal, or an account decision, which removes what was reported). */
    boolean removes() {
        return this == REMOVE || aboutAccount();
    }

    boolean aboutAccount() {
        return this == WARN || this == SUSPEND || this == TERMINATE;
    }
}
