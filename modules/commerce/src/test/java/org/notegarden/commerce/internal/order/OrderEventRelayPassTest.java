package org.notegarden.commerce.internal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.commerce.fixtures.QuietOrderListenerPlugin;
import org.notegarden.commerce.internal.plugins.OrderEventFanout;
import org.notegarden.commerce.internal.plugins.PluginHost;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.commerce.internal.plugins.TestContexts;
import org.notegarden.commerce.internal.plugins.TestGuards;
import org.notegarden.commerce.internal.plugins.TestPluginJars;
import org.notegarden.commerce.internal.schedule.JobLeases;
import org.notegarden.platform.testing.MappedH2;

/**
 * One relay pass over the outbox, on an in-memory H2 with a real plugin host: events no plugin
 * listens to are settled together in one statement (in a flash sale with no order listener the
 * relay had fallen to under half the rate orders made them, one transaction or two per event),
 * and before a later event is delivered, so a listener hears an order's events in order.
 */
class OrderEventRelayPassTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path plugins;
    private SessionFactory sessions;
    private PluginHost host;

    @BeforeEach
    void open() throws Exception {
        sessions = MappedH2.sessions("relay-" + UUID.randomUUID(), OrderEventRecord.class);
        try (Session s = sessions.openSession()) {
            s.getTransaction().begin();
            s.createNativeMutationQuery("CREATE TABLE co_order_event_delivery (event_id VARCHAR(36) NOT NULL, "
                    + "plugin_id VARCHAR(100) NOT NULL, delivered_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "outcome VARCHAR(20) NOT NULL, PRIMARY KEY (event_id, plugin_id))").executeUpdate();
            s.getTransaction().commit();
        }
        TestPluginJars.build(plugins, "listener", QuietOrderListenerPlugin.class, "listener", "1.2", List.of());
        host = new PluginHost(plugins, new TestGuards().guard(Duration.ofMillis(500)), id -> new TestContexts().of(id),
                TestGuards.permissions(Map.of()));
        host.reload();
    }

    @AfterEach
    void close() {
        host.shutdown();
        sessions.close();
    }

    @Test
    void eventsNoPluginListensToAreSettledTogetherInOneStatement() {
        try (Session s = sessions.openSession()) {
            for (int i = 0; i < 50; i++) {
                event(s, 100 + i, true);
            }
            assertEquals(50, pass(s));
            assertEquals(3, sessions.getStatistics().getPrepareStatementCount(),
                    "what is due, which orders wait, and one update settling all fifty");
            assertEquals(50L, s.createNativeQuery("SELECT COUNT(*) FROM co_order_event WHERE done_at IS NOT NULL", Long.class)
                    .getSingleResult());
        }
    }

    @Test
    void anEventAPluginHearsIsDeliveredOnlyOnceTheUnheardBeforeItAreSettled() {
        try (Session s = sessions.openSession()) {
            long before = event(s, 1, true);
            long heard = event(s, 2, false);
            long after = event(s, 3, true);
            assertEquals(3, pass(s));
            s.clear();
            Instant beforeDone = doneAt(s, before);
            Instant heardDone = doneAt(s, heard);
            Instant delivered = s.createNativeQuery("SELECT delivered_at FROM co_order_event_delivery WHERE event_id = ?1 "
                    + "AND plugin_id = 'listener' AND outcome = 'DELIVERED'", Instant.class)
                    .setParameter(1, s.find(OrderEventRecord.class, heard).getEventId()).getSingleResult();
            assertTrue(beforeDone.isBefore(delivered), "settled before the later event was delivered: " + beforeDone + " " + delivered);
            assertTrue(!heardDone.isBefore(delivered), "the heard event is done once delivered");
            assertTrue(doneAt(s, after).isAfter(heardDone), "the unheard after it are settled at the end of the pass");
        }
    }

    /** A due event of its own order; {@code listenerOff}: its shop had the listening plugin off, so nobody hears it. */
    private static long event(Session s, long orderId, boolean listenerOff) {
        s.getTransaction().begin();
        OrderEventRecord e = new OrderEventRecord(orderId, 7, OrderState.PAID, 1000, "EUR", T0.minusSeconds(60),
                listenerOff ? Set.of("listener") : Set.of());
        s.persist(e);
        s.getTransaction().commit();
        return e.getId();
    }

    private static Instant doneAt(Session s, long id) {
        Instant at = s.find(OrderEventRecord.class, id).getDoneAt();
        assertTrue(at != null, "event " + id + " is done");
        return at;
    }

    /** One relay pass in one transaction, with statement counts from its start; time moves 1 ms per reading. */
    private int pass(Session s) {
        OrderEventOutbox outbox = new OrderEventOutbox();
        outbox.em = s;
        StorefrontPlugins storefront = new StorefrontPlugins() {
            @Override
            public OrderEventFanout orderEvents() {
                return new OrderEventFanout(host);
            }
        };
        JobLeases always = new JobLeases() {
            @Override
            public boolean hold(String job, Instant now, Duration holdFor) {
                return true;
            }
        };
        OrderEventRelay relay = new OrderEventRelay(outbox, storefront, always, new TickingClock());
        s.getTransaction().begin();
        sessions.getStatistics().clear();
        int looked = relay.relay();
        s.getTransaction().commit();
        return looked;
    }

    private static final class TickingClock extends Clock {
        private final AtomicLong millis = new AtomicLong(T0.toEpochMilli());

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.getAndIncrement());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
