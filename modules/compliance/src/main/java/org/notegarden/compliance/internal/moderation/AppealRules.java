package org.notegarden.compliance.internal.moderation;

import java.time.Instant;
import java.util.Optional;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * Who may appeal a decision, with what, and until when (DSA Art. 20): the person affected, within
 * the window of their statement of reasons, and the people who reported it, within their
 * region's window after the decision; once each, with a reason of 10 to 2,000 characters, and
 * only once the case is decided.
 */
final class AppealRules {
    private AppealRules() {
    }

    /** The appeal's reason, trimmed; a 422 naming {@code reason} when too short or too long. */
    static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 10 || TextLength.of(text) > 2000) {
            throw Problems.invalid("reason", ComplianceMessages.EXPLAIN_WHY_DECISION_IS_WRONG_IN_10_TO);
        }
        return text;
    }

    /**
     * The appellant's role when they may appeal now. {@code affectedUntil} is present when the
     * appellant is the person affected and was sent a statement of reasons; {@code notifierUntil}
     * when they reported the content.
     */
    static Appeal.Role check(boolean decided, Optional<Instant> affectedUntil, Optional<Instant> notifierUntil,
                             boolean alreadyAppealed, Instant now) {
        if (!decided) {
            throw Problems.conflict("caseId", ComplianceMessages.CASE_HAS_NOT_BEEN_DECIDED_YET);
        }
        Appeal.Role role;
        Instant until;
        if (affectedUntil.isPresent()) {
            role = Appeal.Role.AFFECTED;
            until = affectedUntil.get();
        } else if (notifierUntil.isPresent()) {
            role = Appeal.Role.NOTIFIER;
            until = notifierUntil.get();
        } else {
            throw Problems.forbidden(ComplianceMessages.ONLY_PERSON_AFFECTED_AND_PEOPLE_WHO_REPORTED_IT);
        }
        if (now.isAfter(until)) {
            throw Problems.invalid("caseId", ComplianceMessages.APPEAL_WINDOW_CLOSED_ON_N, until.toString().substring(0, 10));
        }
        if (alreadyAppealed) {
            throw Problems.conflict("caseId", ComplianceMessages.YOU_HAVE_ALREADY_APPEALED_DECISION);
        }
        return role;
    }
}
