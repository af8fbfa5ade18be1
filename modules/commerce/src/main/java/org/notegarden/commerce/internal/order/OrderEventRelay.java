package org.notegarden.commerce.internal.order;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.commerce.internal.plugins.LoadedPlugin;
import org.notegarden.commerce.internal.plugins.OrderEventFanout;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.commerce.internal.schedule.JobLeases;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.OrderListener;
import org.notegarden.platform.api.OneNodeDatabase;
import org.notegarden.platform.api.GracefulStop;

/**
 * Delivers the outbox's order events to the plugins' order listeners: at least once, in order
 * for each order (a later event of an order waits until the earlier one is settled), and after
 * a restart whatever was pending. One thread polls every half second and is nudged as soon as an
 * order change commits, so listeners hear of it at once in the normal case. Plugins the shop had
 * switched off when the event happened are not told.
 *
 * <p>In a cluster one node relays at a time: the holder of the {@code order-event-relay} lease
 * ({@link JobLeases#hold}, 15 s, renewed every 5 s while it relays). Were every node to poll, each
 * event would reach each plugin once per node, and a slow node could tell a plugin of an order's
 * earlier event after a faster node had told it of the later one. When the holder dies, another
 * node takes the lease once it lapses and delivers what was left; an event the dead node had
 * delivered but not yet recorded as delivered is delivered again, with the same {@code eventId}.
 */
@ApplicationScoped
public class OrderEventRelay {
    private static final Logger LOG = Logger.getLogger(OrderEventRelay.class.getName());
    private static final int BATCH = 100;
    static final String LEASE_NAME = "order-event-relay";
    static final Duration LEASE = Duration.ofSeconds(15);
    /** The holder renews when this much or less of its lease is left: every 5 s. */
    private static final Duration RENEW_WHEN_LEFT = Duration.ofSeconds(10);
    /** A node that does not hold the lease asks again at most this often. */
    private static final Duration ASK_EVERY = Duration.ofSeconds(1);

    OrderEventOutbox outbox;
    StorefrontPlugins plugins;
    JobLeases leases;
    Clock clock;

    /** Until when this node holds the lease as far as it knows (EPOCH: it does not). */
    private volatile Instant heldUntil = Instant.EPOCH;
    private volatile Instant nextAsk = Instant.EPOCH;
    /** One node on an H2 file: no lease to take (set at start; tests of the lease leave it false). */
    private volatile boolean alone;

    @Inject
    public OrderEventRelay(OrderEventOutbox outbox, StorefrontPlugins plugins, JobLeases leases, Clock clock) {
        this.outbox = outbox;
        this.plugins = plugins;
        this.leases = leases;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected OrderEventRelay() {
    }
    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService poller;
    /** A nudged pass is queued and has not started yet. */
    private final AtomicBoolean passWaiting = new AtomicBoolean();

    /** Starts polling with the application (a container thread made outside any request). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        alone = OneNodeDatabase.inUse();
        poller();
    }

    private synchronized ScheduledExecutorService poller() {
        if (poller == null) {
            poller = new ScheduledThreadPoolExecutor(1, threads);
            poller.scheduleWithFixedDelay(this::relayQuietly, 1, 500, TimeUnit.MILLISECONDS);
        }
        return poller;
    }

    /**
     * An order change committed: deliver now rather than at the next poll. A pass that is queued
     * and not yet started will see this change too, so in a sale, where every checkout commits
     * twice, nudges that find one waiting add none (each pass asks the database what is due).
     */
    void nudge() {
        if (passWaiting.compareAndSet(false, true)) {
            poller().execute(() -> {
                passWaiting.set(false);
                relayQuietly();
            });
        }
    }

    private void relayQuietly() {
        try {
            while (relay() == BATCH) {
                // a full batch: there may be more due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "order events not relayed this time; retrying", e);
        }
    }

    /**
     * One pass over what is due; returns how many events were looked at. An event no plugin
     * listens to (none installed, or the shop had them off) needs no delivery: such events are
     * settled together, in one statement, instead of each in a transaction of its own, so the
     * relay keeps up with a flash sale's two events per order. They are settled before any later
     * event is delivered, so a listener still hears an order's events in order after a crash.
     */
    int relay() {
        Instant now = clock.instant();
        if (!relaying(now)) {
            return 0;
        }
        List<OrderEventRecord> due = outbox.due(now, BATCH);
        Set<Long> waiting = new HashSet<>(outbox.ordersWithEarlierPending(due));
        OrderEventFanout fanout = plugins.orderEvents();
        List<Long> unheard = new ArrayList<>();
        for (OrderEventRecord e : due) {
            if (!relaying(clock.instant())) {
                return 0; // the lease went to another node while plugins took their time: it goes on
            }
            if (waiting.contains(e.getOrderId())) {
                continue; // an earlier event of this order is not settled: keep the order's sequence
            }
            Set<String> off = e.pluginsOff();
            Predicate<LoadedPlugin> enabled = p -> !off.contains(p.id());
            if (!fanout.anyListens(enabled)) {
                unheard.add(e.getId());
                continue;
            }
            settle(unheard);
            OrderListener.OrderEvent event = new OrderListener.OrderEvent(Long.toString(e.getOrderId()),
                    Long.toString(e.getShopId()), e.getState(), new Money(e.getTotalMinor(), e.getCurrency()), e.getOccurredAt(),
                    e.getEventId());
            // Deliveries are recorded with the attempt that made them: a first attempt has none to skip.
            Set<String> delivered = e.getAttempts() == 0 ? Set.of() : outbox.deliveredTo(e.getEventId());
            Map<String, Boolean> outcome = fanout.deliver(event, enabled, delivered);
            if (!outbox.settle(e.getId(), outcome, clock.instant())) {
                waiting.add(e.getOrderId());
            }
        }
        settle(unheard);
        return due.size();
    }

    private void settle(List<Long> unheard) {
        if (!unheard.isEmpty()) {
            outbox.settleUnheard(unheard, clock.instant());
            unheard.clear();
        }
    }

    /**
     * Whether this node is the cluster's relay now: holds the lease, renewing it when due. On the
     * embedded H2 file there is one node, which always relays without a lease.
     */
    boolean relaying(Instant now) {
        if (alone) {
            return true;
        }
        if (now.isBefore(heldUntil.minus(RENEW_WHEN_LEFT))) {
            return true;
        }
        if (!now.isBefore(heldUntil) && now.isBefore(nextAsk)) {
            return false;
        }
        if (leases.hold(LEASE_NAME, now, LEASE)) {
            heldUntil = now.plus(LEASE);
            return true;
        }
        heldUntil = Instant.EPOCH;
        nextAsk = now.plus(ASK_EVERY);
        return false;
    }

    @PreDestroy
    synchronized void stop() {
        GracefulStop.stop(poller);
        if (!heldUntil.equals(Instant.EPOCH)) {
            try {
                leases.release(LEASE_NAME); // a rolling restart should not hold events up for 15 s
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "order-event lease not given back; it lapses by itself", e);
            }
        }
    }
}
