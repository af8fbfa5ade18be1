package org.notegarden.compliance.internal.tdb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.compliance.internal.moderation.ModerationRecords;
import org.notegarden.compliance.internal.moderation.Statement;
import org.notegarden.platform.api.Problems;

/** What compliance staff see of the submissions: counts per state, the refused ones with the validator's words. */
@ApplicationScoped
public class TdbStatus {
    TdbQueue queue;
    TdbSettings settings;
    ModerationRecords records;
    Clock clock;

    @Inject
    public TdbStatus(TdbQueue queue, TdbSettings settings, ModerationRecords records, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.records = records;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected TdbStatus() {
    }

    /** A statement the database refused, and why. */
    public record Refused(long statementId, String puid, String decision, String error, int attempts, Instant issuedAt) {
    }

    /** {@code enabled}: an endpoint is configured; without one, statements wait in the queue. */
    public record Summary(boolean enabled, Map<TdbSubmission.State, Long> counts, List<Refused> refused) {
    }

    public Summary summary() {
        List<Refused> refused = queue.failed(100).stream().map(t -> {
            Statement s = records.statement(t.getStatementId()).orElseThrow();
            return new Refused(s.getId(), s.getPuid(), s.getDecision().name(), t.getError(), t.getAttempts(), s.getCreatedAt());
        }).toList();
        return new Summary(settings.enabled(), queue.counts(), refused);
    }

    /** Where one statement stands with the database. */
    public record One(long statementId, String puid, TdbSubmission.State state, String tdbUuid, int attempts, String error,
                      Instant submittedAt) {
    }

    /** 404 for a statement that is not queued (issued before the database was configured, or unknown). */
    public One of(long statementId) {
        TdbSubmission t = queue.byStatement(statementId)
                .orElseThrow(() -> Problems.notFound("statementId", ComplianceMessages.STATEMENT_N_DOES_NOT_EXIST, statementId));
        Statement s = records.statement(statementId).orElseThrow();
        return new One(statementId, s.getPuid(), t.getState(), t.getTdbUuid(), t.getAttempts(), t.getError(), t.getSubmittedAt());
    }

    /** Sends a refused statement again, after staff corrected what the validator named. */
    public void retry(long statementId) {
        if (!queue.retry(statementId, clock.instant())) {
            throw Problems.conflict("statementId", ComplianceMessages.ONLY_REFUSED_STATEMENTS_CAN_BE_RETRIED);
        }
    }
}
