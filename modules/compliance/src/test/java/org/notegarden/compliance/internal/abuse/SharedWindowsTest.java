package org.notegarden.compliance.internal.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.MigratedH2;

/**
 * The shared sliding windows on a real database (H2, with the V7 migration as the app runs it):
 * the event over the limit is refused with the wait until the oldest leaves the window, keys and
 * counters are separate, the window slides, forgetting drops only what left it, and two "nodes"
 * (two entity managers) share one count.
 */
class SharedWindowsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private MigratedH2 database;
    private EntityManagerFactory emf;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.with("/db/migration/compliance/V7__rate_windows.sql", RateEvent.class, RateStripe.class);
        emf = database.emf();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void theEventOverTheLimitIsRefusedUntilTheOldestLeavesTheWindow() {
        SharedWindows node = node();
        for (int i = 0; i < 3; i++) {
            assertEquals(0, acquire(node, "signup.address", "a", T0.plusSeconds(i)));
        }
        long wait = acquire(node, "signup.address", "a", T0.plusSeconds(10));
        assertTrue(wait > 3500 && wait <= 3600, "waits until the first event leaves the window: " + wait);
        assertEquals(0, acquire(node, "signup.address", "b", T0.plusSeconds(10)), "keys are separate");
        assertEquals(0, acquire(node, "velocity.post", "a", T0.plusSeconds(10)), "counters are separate");
        assertEquals(0, acquire(node, "signup.address", "a", T0.plus(Duration.ofHours(1)).plusSeconds(1)), "the window slides");
    }

    @Test
    void twoNodesShareOneCount() {
        SharedWindows a = node();
        SharedWindows b = node();
        for (int i = 0; i < 10; i++) {
            assertEquals(0, acquire(i % 2 == 0 ? a : b, "signup.address", "100.64.1.2", T0.plusSeconds(i)), "sign-up " + (i + 1));
        }
        assertTrue(acquire(b, "signup.address", "100.64.1.2", T0.plusSeconds(11)) > 0, "the 11th, on either node, is refused");
        assertTrue(acquire(a, "signup.address", "100.64.1.2", T0.plusSeconds(12)) > 0);
    }

    @Test
    void nodesRacingForTheLastPlacesNeverBothGetOne() throws Exception {
        int nodes = 4;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(nodes);
        try {
            var admitted = new java.util.concurrent.atomic.AtomicInteger();
            var start = new java.util.concurrent.CountDownLatch(1);
            var runs = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int n = 0; n < nodes; n++) {
                SharedWindows node = node();
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10; i++) {
                        if (acquire(node, "signup.address", "100.64.9.9", T0.plusSeconds(i)) == 0) {
                            admitted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
            assertEquals(10, admitted.get(), "40 tries on four nodes, ten places");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgettingDropsOnlyWhatLeftTheWindow() {
        SharedWindows node = node();
        acquire(node, "velocity.comment", "7", T0);
        acquire(node, "velocity.comment", "7", T0.plus(Duration.ofMinutes(50)));
        acquire(node, "velocity.post", "7", T0);
        assertEquals(1, inTransaction(node, () -> node.forget("velocity.comment", T0.plus(Duration.ofMinutes(61)).minus(Duration.ofHours(1)))));
        try (EntityManager em = emf.createEntityManager()) {
            assertEquals(2L, em.createQuery("select count(e) from RateEvent e", Long.class).getSingleResult());
        }
    }

    /** One node's SharedWindows, on an entity manager of its own. */
    private SharedWindows node() {
        SharedWindows windows = new SharedWindows();
        windows.em = emf.createEntityManager();
        return windows;
    }

    /** Three an hour, or ten for the two-node case's address (the sign-up default). */
    private static long acquire(SharedWindows node, String counter, String key, Instant at) {
        int limit = key.startsWith("100.") ? 10 : 3;
        return inTransaction(node, () -> node.tryAcquire(counter, key, limit, Duration.ofHours(1), at));
    }

    /** What the container's REQUIRES_NEW does around each call. */
    private static <T> T inTransaction(SharedWindows node, Callable<T> call) {
        node.em.getTransaction().begin();
        try {
            T result = call.call();
            node.em.getTransaction().commit();
            node.em.clear();
            return result;
        } catch (Exception e) {
            node.em.getTransaction().rollback();
            throw new IllegalStateException(e);
        }
    }
}
