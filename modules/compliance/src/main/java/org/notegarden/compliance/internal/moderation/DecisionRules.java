package org.notegarden.compliance.internal.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.notegarden.compliance.internal.ComplianceMessages;
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
            throw Problems.malformed(ComplianceMessages.DECISION_BODY_IS_REQUIRED);
        }
        if (in.version() == null) {
            errors.add(new FieldError("version", ComplianceMessages.IS_REQUIRED_CASE_VERSION_YOU_REVIEWED));
        }
        try {
            d = Decision.valueOf(in.decision() == null ? "" : in.decision().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("decision", ComplianceMessages.MUST_BE_ONE_OF_NO_ACTION_LABEL_DEMOTE));
        }
        if (d != null && d.restricts()) {
            if (in.facts() == null || in.facts().strip().length() < 10) {
                errors.add(new FieldError("facts", ComplianceMessages.SAY_WHAT_CONTENT_OR_ACCOUNT_DID_AT_LEAST));
            }
            if (in.policyClause() == null || in.policyClause().isBlank()) {
                errors.add(new FieldError("policyClause", ComplianceMessages.NAME_GUIDELINE_CLAUSE_OR_LAW_RELIED_ON));
            }
        }
        if (d == Decision.SUSPEND && (in.suspendDays() == null || in.suspendDays() < 1 || in.suspendDays() > 365)) {
            errors.add(new FieldError("suspendDays", ComplianceMessages.MUST_BE_BETWEEN_1_AND_365));
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
