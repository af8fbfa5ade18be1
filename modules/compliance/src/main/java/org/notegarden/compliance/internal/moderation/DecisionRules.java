package org.notegarden.compliance.internal.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;

/** What makes a moderation decision complete, and when strikes add up to a suspension. */
final class DecisionRules {
    /** Strikes within {@link #STRIKE_MEMORY} that suspend an account for a week. */
    static final int STRIKES_TO_SUSPEND = 3;
    /** How long a strike counts. */
    static final Duration STRIKE_MEMORY = Duration.ofDays(90);

    private DecisionRules() {
    }

    /**
     * The decision a moderator chose, when the input is complete: every restriction names the
     * facts (at least 10 characters) and the clause relied on, a suspension lasts 1 to 365 days,
     * and the moderator says which case version they reviewed. Otherwise a 422 naming every
     * missing field at once.
     */
    static Decision validate(ModerationService.DecisionInput in) {
        List<FieldError> errors = new ArrayList<>();
        Decision d = null;
        if (in == null) {
            throw Problems.malformed("a decision body is required");
        }
        if (in.version() == null) {
            errors.add(new FieldError("version", "is required (the case version you reviewed)"));
        }
        try {
            d = Decision.valueOf(in.decision() == null ? "" : in.decision().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("decision", "must be one of NO_ACTION, LABEL, DEMOTE, AGE_RESTRICT, REMOVE, WARN, SUSPEND, TERMINATE"));
        }
        if (d != null && d.restricts()) {
            if (in.facts() == null || in.facts().strip().length() < 10) {
                errors.add(new FieldError("facts", "say what the content or account did (at least 10 characters)"));
            }
            if (in.policyClause() == null || in.policyClause().isBlank()) {
                errors.add(new FieldError("policyClause", "name the guideline clause or law relied on"));
            }
        }
        if (d == Decision.SUSPEND && (in.suspendDays() == null || in.suspendDays() < 1 || in.suspendDays() > 365)) {
            errors.add(new FieldError("suspendDays", "must be between 1 and 365"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return d;
    }

    /** Whether this many active strikes suspend the account. */
    static boolean suspendsAfterStrikes(long activeStrikes) {
        return activeStrikes >= STRIKES_TO_SUSPEND;
    }

    /** Strikes given after this instant still count. */
    static Instant strikesCountedSince(Instant now) {
        return now.minus(STRIKE_MEMORY);
    }
}
