package org.notegarden.compliance.internal.tdb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.notegarden.compliance.api.ModerationConcluded;
import org.notegarden.compliance.internal.moderation.ModerationRecords;

/**
 * Queues every new statement of reasons for the Transparency Database in the transaction that
 * issued it: pending when the affected person is in the EU (the statement has a territorial
 * scope), not required otherwise, so the dashboard accounts for every statement.
 */
@ApplicationScoped
public class TdbEnqueuer {
    TdbQueue queue;
    ModerationRecords records;
    Clock clock;

    @Inject
    public TdbEnqueuer(TdbQueue queue, ModerationRecords records, Clock clock) {
        this.queue = queue;
        this.records = records;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected TdbEnqueuer() {
    }

    void statementIssued(@Observes ModerationConcluded concluded) {
        if (concluded.topic() != ModerationConcluded.Topic.DECISION || concluded.statementId() == null) {
            return;
        }
        records.statement(concluded.statementId()).ifPresent(s ->
                queue.add(new TdbSubmission(s.getId(), !s.getTerritorialScope().isEmpty(), clock.instant())));
    }
}
