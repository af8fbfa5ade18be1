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
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.RegionPolicy;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.Problems;

/**
 * Appeals (DSA Art. 20): the affected person, and anyone whose notice led to the decision (also
 * to "no action"), may appeal within the region's window. Another moderator than the one who
 * decided first reviews it. A reversal restores the content or account, withdraws the strike
 * and is written on the statement; a notifier's successful appeal reopens the case.
 */
@ApplicationScoped
public class AppealService {
    Clock clock;
    AuditLog audit;
    RegionPolicies regions;
    Statements statements;
    ModerationService moderation;
    Subjects subjects;

    ModerationRecords records;

    @Inject
    public AppealService(Clock clock, AuditLog audit, RegionPolicies regions, Statements statements,
            ModerationService moderation, Subjects subjects, ModerationRecords records) {
        this.records = records;
        this.clock = clock;
        this.audit = audit;
        this.regions = regions;
        this.statements = statements;
        this.moderation = moderation;
        this.subjects = subjects;
    }

    /** For the CDI container's proxy only. */
    protected AppealService() {
    }

    @Transactional
    public Appeal open(long caseId, long appellantId, String reason) {
        ReviewCase c = moderation.require(caseId);
        String text = AppealRules.reason(reason);
        boolean decided = c.getState() == ReviewCase.State.DECIDED;
        Optional<Instant> affectedUntil = decided && c.getAuthorId() == appellantId && c.getStatementId() != null
                ? records.statement(c.getStatementId()).map(Statement::getAppealUntil) : Optional.empty();
        Optional<Instant> notifierUntil = decided && affectedUntil.isEmpty() && notifiedBy(c, appellantId)
                ? Optional.of(c.getDecidedAt().plus(Duration.ofDays(notifierPolicy(appellantId).appealWindowDays())))
                : Optional.empty();
        boolean already = records.appealOf(caseId, appellantId).isPresent();
        Instant now = clock.instant();
        Appeal.Role role = AppealRules.check(decided, affectedUntil, notifierUntil, already, now);
        Appeal a = new Appeal(caseId, appellantId, role, text, QueueLanguages.of(c.getSnapshot() + " " + text), now);
        records.add(a);
        return a;
    }

    public List<Appeal> open(List<String> languages) {
        return records.openAppeals(languages);
    }

    public Appeal require(long appealId) {
        return records.appeal(appealId)
                .orElseThrow(() -> Problems.notFound("appealId", ComplianceMessages.APPEAL_N_DOES_NOT_EXIST, appealId));
    }

    @Transactional
    public Appeal decide(long appealId, long moderatorId, String outcome, String note, Long version) {
        Appeal a = require(appealId);
        Appeal.Outcome o;
        try {
            o = Appeal.Outcome.valueOf(outcome == null ? "" : outcome.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("outcome", ComplianceMessages.MUST_BE_UPHELD_OR_REVERSED);
        }
        if (note == null || note.strip().length() < 10) {
            throw Problems.invalid("note", ComplianceMessages.TELL_APPELLANT_WHY_AT_LEAST_10_CHARACTERS);
        }
        if (a.getOutcome() != null) {
            throw Problems.conflict("appealId", ComplianceMessages.APPEAL_HAS_ALREADY_BEEN_DECIDED);
        }
        if (version == null || version != a.getVersion()) {
            throw Problems.conflict("version", ComplianceMessages.APPEAL_CHANGED_SINCE_YOU_LOADED_IT_RELOAD);
        }
        ReviewCase c = moderation.require(a.getCaseId());
        if (c.getDecidedBy() != null && c.getDecidedBy() == moderatorId) {
            throw new ProblemException(403, Problems.BASE + "same-reviewer",
                    Message.of(ComplianceMessages.ANOTHER_MODERATOR_MUST_REVIEW_TITLE),
                            Message.of(ComplianceMessages.YOU_DECIDED_CASE_APPEAL_IS_REVIEWED_BY_SOMEONE),
                    List.of(), null);
        }
        Instant now = clock.instant();
        a.decide(o, note.strip(), moderatorId, now);
        if (o == Appeal.Outcome.REVERSED) {
            if (a.getAppellantRole() == Appeal.Role.AFFECTED) {
                Statement s = records.statement(c.getStatementId()).orElseThrow(); // an affected person's appeal has one
                statements.reverse(c, s, note.strip());
                records.strikesOf(c.getId()).forEach(Strike::withdraw);
            } else {
                c.reopen();
            }
        }
        statements.tellAppellant(a, c);
        audit.record(moderatorId, "moderation.appeal.decided", "appeal:" + a.getId(), o + " for case " + c.getId());
        return a;
    }

    /** The notifier's own sign-up region decides their window; the request's region if it is unknown. */
    private RegionPolicy notifierPolicy(long notifierId) {
        return subjects.snapshot(SubjectKind.ACCOUNT, notifierId).map(ModeratedContent.Snapshot::authorRegionId)
                .map(regions::byId).orElseGet(regions::forCurrentRequest);
    }

    private boolean notifiedBy(ReviewCase c, long accountId) {
        return records.notified(c.getId(), accountId);
    }
}
