package org.notegarden.community.internal.tally;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the rest of community reports what happened. Reports made inside a transaction count
 * only once it commits (a rolled-back like is not a like); outside one they count at once.
 * {@code notegarden.insights.enabled=false} turns recording off (the benchmark compares both).
 */
@ApplicationScoped
public class Insights {
    boolean enabled;
    Event<InsightEvent> events;
    InsightBuffer buffer;
    Clock clock;
    RequestOrigin origin;

    @Inject
    public Insights(@ConfigProperty(name = "notegarden.insights.enabled", defaultValue = "true") boolean enabled,
            Event<InsightEvent> events, InsightBuffer buffer, Clock clock, RequestOrigin origin) {
        this.enabled = enabled;
        this.events = events;
        this.buffer = buffer;
        this.clock = clock;
        this.origin = origin;
    }

    /** For the CDI container's proxy only. */
    protected Insights() {
    }
    @Resource
    TransactionSynchronizationRegistry transactions;

    public void onNote(InsightKind kind, long noteId) {
        if (enabled) {
            afterCommit(InsightEvent.onNote(kind, noteId, origin(), clock.instant()));
        }
    }

    public void followGained(long accountId) {
        if (enabled) {
            afterCommit(new InsightEvent(InsightKind.FOLLOW_GAINED, 0, accountId, Origin.UNKNOWN, 1, 0, "", clock.instant()));
        }
    }

    /** Reads (no transaction) go straight to the buffer; inside a transaction, an AFTER_SUCCESS event waits for the commit. */
    private void afterCommit(InsightEvent event) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            buffer.add(event);
        } else {
            events.fire(event);
        }
    }

    /** Client-reported events and sales arrive outside any transaction: straight into the buffer. */
    public void direct(InsightEvent event) {
        if (enabled) {
            buffer.add(event);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InsightEvent event) {
        buffer.add(event);
    }

    /** Background work (demo data, sweepers) has no request: its events have no origin. */
    private Origin origin() {
        try {
            return origin.get();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return Origin.UNKNOWN;
        }
    }

    public Clock clock() {
        return clock;
    }
}
