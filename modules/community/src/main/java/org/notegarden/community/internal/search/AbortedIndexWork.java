package org.notegarden.community.internal.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.notegarden.platform.api.GracefulStop;

/**
 * With the outbox (several nodes), Hibernate Search 7.2 gives an index event up after three failed
 * tries (a fixed number; one try per {@code event_processor.retry_delay}, 30 s by default) and
 * marks it ABORTED: a search engine down for more than a minute or two would leave every note
 * written meanwhile out of search for good. SecondNodeIT found it: with OpenSearch restarted, the
 * note written while it was down was never found. Every 15 s this puts aborted events back in the
 * queue, so the index catches up whenever the engine returns; while it is still down they simply
 * fail and come back again. Idle (not even scheduled) without the outbox.
 */
@ApplicationScoped
public class AbortedIndexWork {
    private static final Logger LOG = Logger.getLogger(AbortedIndexWork.class.getName());

    @PersistenceUnit(unitName = "notegarden")
    EntityManagerFactory emf;
    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService timer;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        OutboxPollingSearchMapping outbox;
        try {
            outbox = Search.mapping(emf).extension(OutboxPollingExtension.get());
        } catch (SearchException notCoordinatedThroughTheOutbox) {
            return;
        }
        timer = new ScheduledThreadPoolExecutor(1, threads);
        timer.scheduleWithFixedDelay(() -> requeue(outbox), 15, 15, TimeUnit.SECONDS);
    }

    private static void requeue(OutboxPollingSearchMapping outbox) {
        try {
            if (outbox.countAbortedEvents() > 0) {
                int requeued = outbox.reprocessAbortedEvents();
                LOG.info(() -> requeued + " index events the search engine had refused are queued again");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not look at aborted index events; trying again", e);
        }
    }

    @PreDestroy
    void stop() {
        GracefulStop.stop(timer);
    }
}
