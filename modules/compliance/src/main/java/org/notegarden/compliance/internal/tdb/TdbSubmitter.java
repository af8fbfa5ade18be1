package org.notegarden.compliance.internal.tdb;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.compliance.internal.moderation.DsaStatementExport;
import org.notegarden.compliance.internal.moderation.ModerationRecords;
import org.notegarden.compliance.internal.moderation.Statement;
import org.notegarden.platform.api.GracefulStop;

/**
 * Submits queued statements of reasons to the DSA Transparency Database in batches of at most
 * 100, never from inside the deciding transaction: one container thread polls the outbox, claims
 * a batch, sends it and settles it from the answer ({@link TdbQueue#settle}).
 */
@ApplicationScoped
public class TdbSubmitter {
    private static final Logger LOG = Logger.getLogger(TdbSubmitter.class.getName());

    TdbQueue queue;
    TdbClient client;
    TdbSettings settings;
    ModerationRecords records;
    Clock clock;

    @Inject
    public TdbSubmitter(TdbQueue queue, TdbClient client, TdbSettings settings, ModerationRecords records, Clock clock) {
        this.queue = queue;
        this.client = client;
        this.settings = settings;
        this.records = records;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected TdbSubmitter() {
    }

    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService poller;

    /** Starts polling with the application when an endpoint is configured. */
    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (settings.enabled() && poller == null) {
            poller = new ScheduledThreadPoolExecutor(1, threads);
            poller.scheduleWithFixedDelay(this::submitQuietly, 1, settings.pollSeconds(), TimeUnit.SECONDS);
        }
    }

    private void submitQuietly() {
        try {
            while (submitBatch() == settings.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "statements not submitted to the Transparency Database this time; retrying", e);
        }
    }

    /** Sends one batch of what is due; returns how many statements it held. */
    int submitBatch() {
        List<Long> claimed = queue.claimDue(clock.instant(), settings.batchSize());
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, String> puids = new LinkedHashMap<>();
        List<JsonObject> payloads = new ArrayList<>();
        for (long id : claimed) {
            Statement s = records.statement(id).orElseThrow();
            puids.put(id, s.getPuid());
            payloads.add(DsaStatementExport.of(s));
        }
        TdbClient.Answer answer = client.send(payloads);
        queue.settle(puids, answer, clock.instant(), settings.firstRetryWait());
        if (answer instanceof TdbClient.TryLater later) {
            LOG.warning("Transparency Database did not take " + claimed.size() + " statements: " + later.reason());
            return 0; // no point in sending the next batch now
        }
        return claimed.size();
    }

    @PreDestroy
    synchronized void stop() {
        GracefulStop.stop(poller);
    }
}
