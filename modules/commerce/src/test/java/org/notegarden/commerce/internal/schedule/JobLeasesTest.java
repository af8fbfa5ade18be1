package org.notegarden.commerce.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.MigratedH2;

/**
 * The once-per-cluster lease on a real database (H2 with the V17 migration): of nodes whose timers
 * fire together one runs, nobody runs again while the lease holds, and a node that died holding it
 * loses it when it lapses.
 */
class JobLeasesTest {
    private static final Instant MINUTE = Instant.parse("2026-01-01T00:01:00Z");
    private MigratedH2 database;
    private EntityManagerFactory emf;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.with(List.of("/db/migration/commerce/V17__job_lease.sql",
                "/db/migration/commerce/V19__order_event_relay_lease.sql"), JobLease.class);
        emf = database.emf();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void oneNodeRunsEachMinuteAndAnotherTakesOverWhenItsLeaseLapses() {
        JobLeases a = node();
        JobLeases b = node();
        assertTrue(take(a, "a", MINUTE), "the first node to ask runs");
        assertFalse(take(b, "b", MINUTE.plusMillis(300)), "the other node's timer fired too: it skips");
        assertFalse(take(a, "a", MINUTE.plusSeconds(49)), "the lease holds for 50 s");
        assertTrue(take(b, "b", MINUTE.plusSeconds(60)), "the next minute whoever asks first runs (a may have died)");
        assertEquals(2, lease().getRuns());
        assertEquals("b", lease().getHolder());
    }

    @Test
    void ofFourNodesFiringTogetherExactlyOneRuns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            AtomicInteger ran = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> nodes = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                JobLeases node = node();
                String name = "node" + n;
                nodes.add(pool.submit(() -> {
                    start.await();
                    if (take(node, name, MINUTE)) {
                        ran.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : nodes) {
                f.get();
            }
            assertEquals(1, ran.get());
            assertEquals(1, lease().getRuns());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHeldLeaseIsRenewedByItsHolderAndTakenOverOnlyWhenItLapses() {
        JobLeases a = node();
        JobLeases b = node();
        assertTrue(hold(a, "a", MINUTE), "nobody held it");
        assertFalse(hold(b, "b", MINUTE.plusSeconds(1)), "a holds it");
        assertTrue(hold(a, "a", MINUTE.plusSeconds(10)), "a renews it, until 25 s past");
        assertFalse(hold(b, "b", MINUTE.plusSeconds(20)), "renewed: still a's after the first 15 s");
        assertTrue(hold(b, "b", MINUTE.plusSeconds(26)), "a stopped renewing (died): b takes over");
        assertFalse(hold(a, "a", MINUTE.plusSeconds(27)), "and a, back, does not take it back while b holds it");
        assertEquals("b", relayLease().getHolder());
        assertEquals(0, relayLease().getRuns(), "holding is not counted as runs");
    }

    private static boolean hold(JobLeases node, String holder, Instant now) {
        node.em.getTransaction().begin();
        try {
            boolean held = node.hold("order-event-relay", holder, now, Duration.ofSeconds(15));
            node.em.getTransaction().commit();
            return held;
        } catch (RuntimeException e) {
            node.em.getTransaction().rollback();
            throw e;
        }
    }

    private JobLease relayLease() {
        try (EntityManager em = emf.createEntityManager()) {
            return em.find(JobLease.class, "order-event-relay");
        }
    }

    private JobLeases node() {
        JobLeases leases = new JobLeases();
        leases.em = emf.createEntityManager();
        return leases;
    }

    /** What the container's REQUIRES_NEW does around the call. */
    private static boolean take(JobLeases node, String holder, Instant now) {
        node.em.getTransaction().begin();
        try {
            boolean took = node.take("reservation-sweep", holder, now, Duration.ofSeconds(50));
            node.em.getTransaction().commit();
            return took;
        } catch (RuntimeException e) {
            node.em.getTransaction().rollback();
            throw e;
        }
    }

    private JobLease lease() {
        try (EntityManager em = emf.createEntityManager()) {
            return em.find(JobLease.class, "reservation-sweep");
        }
    }
}
