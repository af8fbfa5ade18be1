package org.notegarden.commerce.internal.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.platform.api.GracefulStop;

/**
 * Sends what the outbox holds: one container thread polls (and is nudged as soon as a change
 * with deliveries commits), claims a batch and hands each delivery to a small pool, so one slow
 * receiver does not hold up the others' events for longer than a timeout.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int BATCH = 20;
    private static final int SENDERS = 4;

    WebhookQueue queue;
    WebhookSender sender;
    WebhookSettings settings;
    Clock clock;

    @Inject
    public WebhookDispatcher(WebhookQueue queue, WebhookSender sender, WebhookSettings settings, Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected WebhookDispatcher() {
    }

    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService poller;
    private ExecutorService senders;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        poller();
    }

    private synchronized ScheduledExecutorService poller() {
        if (poller == null) {
            senders = Executors.newFixedThreadPool(SENDERS, threads);
            poller = new ScheduledThreadPoolExecutor(1, threads);
            poller.scheduleWithFixedDelay(this::dispatchQuietly, 1, settings.pollSeconds(), TimeUnit.SECONDS);
        }
        return poller;
    }

    /** Deliveries were written by a transaction that has now committed: send them now rather than at the next poll. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookOutbox.WebhooksQueued queued) {
        poller().execute(this::dispatchQuietly);
    }

    private void dispatchQuietly() {
        try {
            while (dispatch() == BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhooks not sent this time; retrying", e);
        }
    }

    /** Sends one batch of what is due, in parallel, and settles each; returns how many it held. */
    int dispatch() {
        List<WebhookQueue.Claimed> claimed = queue.claimDue(clock.instant(), BATCH);
        CompletableFuture<?>[] tries = claimed.stream()
                .map(c -> CompletableFuture.runAsync(() -> tryOnce(c), senders)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(tries).join();
        return claimed.size();
    }

    private void tryOnce(WebhookQueue.Claimed c) {
        WebhookSender.Outcome outcome = c.endpoint().isActive()
                ? sender.send(c.endpoint(), c.event(), c.deliveryId())
                : new WebhookSender.Outcome(null, "not sent: the endpoint is switched off", 0);
        queue.settle(c.deliveryId(), outcome, clock.instant(), settings.firstRetryWait());
    }

    @PreDestroy
    synchronized void stop() {
        GracefulStop.stop(poller, senders);
    }
}
