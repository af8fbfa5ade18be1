package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.api.ModeratedContent;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * The review queue: cases opened by screening and notices, claimed by one moderator at a time,
 * decided once. Restrictive decisions issue a statement of reasons and count as strikes; the
 * third strike within 90 days suspends the account for 7 days automatically (and says so).
 */
@ApplicationScoped
public class ModerationService {
    static final Duration CLAIM_LASTS = Duration.ofMinutes(30);
    static final Duration AUTO_SUSPENSION = Duration.ofDays(7);

    Clock clock;
    AuditLog audit;
    Statements statements;
    Subjects subjects;

    ModerationRecords records;

    @Inject
    public ModerationService(Clock clock, AuditLog audit, Statements statements, Subjects subjects, ModerationRecords records) {
        this.records = records;
        this.clock = clock;
        this.audit = audit;
        this.statements = statements;
        this.subjects = subjects;
    }

    /** For the CDI container's proxy only. */
    protected ModerationService() {
    }

    /** Opens a held case for screened content, in the writing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewCase hold(Screening.Submission s, Screening.Verdict v) {
        ReviewCase c = new ReviewCase(s.kind(), s.subjectId(), s.authorId(), v.language(), ReviewCase.Source.SCREENING, 1,
                "screening: " + String.join("; ", v.reasons()), s.text(), true, clock.instant());
        records.add(c);
        return c;
    }

    public record DecisionInput(Long version, String decision, String facts, String policyClause, String illegalGround,
                                Integer suspendDays, String category) {
    }

    public List<ReviewCase> queue(List<String> languages) {
        return records.openCases(languages);
    }

    public ReviewCase require(long caseId) {
        return records.reviewCase(caseId)
                .orElseThrow(() -> Problems.notFound("caseId", ComplianceMessages.CASE_N_DOES_NOT_EXIST, caseId));
    }

    /** Claims a case; a claim by someone else holds for 30 minutes, then lapses. */
    @Transactional
    public ReviewCase claim(long caseId, long moderatorId, Long version) {
        ReviewCase c = require(caseId);
        Instant now = clock.instant();
        if (c.getState() != ReviewCase.State.OPEN) {
            throw Problems.conflict("caseId", ComplianceMessages.CASE_HAS_ALREADY_BEEN_DECIDED);
        }
        if (version != null && version != c.getVersion()) {
            throw Problems.conflict("version", ComplianceMessages.CASE_CHANGED_SINCE_YOU_LOADED_IT_RELOAD);
        }
        if (c.getClaimedBy() != null && c.getClaimedBy() != moderatorId && c.getClaimedAt().plus(CLAIM_LASTS).isAfter(now)) {
            throw Problems.conflict("caseId", ComplianceMessages.ANOTHER_MODERATOR_IS_WORKING_ON_CASE);
        }
        c.claim(moderatorId, now);
        return c;
    }

    @Transactional
    public ReviewCase decide(long caseId, long moderatorId, DecisionInput in) {
        ReviewCase c = require(caseId);
        Decision decision = DecisionRules.validate(in);
        if (c.getState() != ReviewCase.State.OPEN) {
            throw Problems.conflict("caseId", ComplianceMessages.CASE_HAS_ALREADY_BEEN_DECIDED);
        }
        if (c.getClaimedBy() == null || c.getClaimedBy() != moderatorId) {
            throw Problems.conflict("caseId", ComplianceMessages.CLAIM_CASE_BEFORE_DECIDING_IT);
        }
        if (in.version() != c.getVersion()) {
            throw Problems.conflict("version", ComplianceMessages.CASE_CHANGED_SINCE_YOU_LOADED_IT_RELOAD);
        }
        Instant now = clock.instant();
        Statements.Content content = statements.content(c, subjects.snapshot(c.getSubjectKind(), c.getSubjectId()));
        Statement statement = null;
        if (c.isHeld() && !decision.removes()) {
            // held content that passed review is shown, with any lighter restriction below
            statements.release(c, !decision.restricts());
        }
        if (decision.restricts()) {
            Instant until = decision == Decision.SUSPEND ? now.plus(Duration.ofDays(in.suspendDays())) : null;
            Optional<NoticeCategory> category = category(c, in.category());
            statement = statements.issue(c, c.getAuthorId(), content, decision, until,
                    new Statements.Grounds(in.facts().strip(), in.policyClause().strip(), blankToNull(in.illegalGround()),
                            category.map(n -> n.dsaCategory).orElse(TdbVocabulary.OTHER_VIOLATION_TC),
                            category.map(n -> n.dsaKeyword).orElse(null)), false);
        }
        c.decided(decision, moderatorId, now, statement == null ? null : statement.getId());
        settleNotices(c, decision, now);
        audit.record(moderatorId, "moderation.decided", "case:" + c.getId(),
                decision + " on " + c.getSubjectKind() + ":" + c.getSubjectId());
        if (decision.strike) {
            records.add(new Strike(c.getAuthorId(), c.getId(), now));
            escalate(c, content, decision, now);
        }
        return c;
    }

    private void escalate(ReviewCase c, Statements.Content content, Decision decision, Instant now) {
        if (decision == Decision.SUSPEND || decision == Decision.TERMINATE) {
            return;
        }
        long strikes = activeStrikes(c.getAuthorId());
        if (DecisionRules.suspendsAfterStrikes(strikes)) {
            statements.issue(c, c.getAuthorId(), content, Decision.SUSPEND, now.plus(AUTO_SUSPENSION),
                    new Statements.Grounds(strikes + " strikes within 90 days (the latest: case " + c.getId() + ")",
                            "Community Guidelines §9 Repeat violations", null,
                                    TdbVocabulary.OTHER_VIOLATION_TC, null), true);
            audit.record(null, "moderation.auto-suspended", "account:" + c.getAuthorId(), strikes + " strikes");
        }
    }

    public long activeStrikes(long accountId) {
        return records.activeStrikes(accountId, DecisionRules.strikesCountedSince(clock.instant()));
    }

    private void settleNotices(ReviewCase c, Decision decision, Instant now) {
        Notice.Outcome outcome = decision.restricts() ? Notice.Outcome.ACTION_TAKEN : Notice.Outcome.NO_ACTION;
        records.pendingNoticesOf(c.getId()).forEach(n -> {
                    n.settle(outcome, now);
                    statements.tellNotifier(n, c);
                });
    }

    /** The category a moderator chose, else the one the first notice named; empty for own-initiative cases. */
    private Optional<NoticeCategory> category(ReviewCase c, String requested) {
        if (requested != null && !requested.isBlank()) {
            try {
                return Optional.of(NoticeCategory.valueOf(requested.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("category", ComplianceMessages.UNKNOWN_CATEGORY_N, requested);
            }
        }
        return records.firstNoticeCategory(c.getId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ProblemException notYours() {
        return Problems.forbidden(ComplianceMessages.IS_NOT_YOURS_TO_SEE);
    }
}
