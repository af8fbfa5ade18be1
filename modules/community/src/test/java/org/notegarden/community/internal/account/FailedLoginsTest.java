package org.notegarden.community.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.MigratedH2;

/**
 * The login throttle on a real database (H2 with the V24 migration): free tries, then doubling
 * waits, then the lock; one client's failures never slow another; a success starts over; one
 * address is stopped after its hourly budget of names; and two "nodes" (two entity managers)
 * count the same failures.
 */
class FailedLoginsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private MigratedH2 database;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.with("/db/migration/community/V24__failed_logins.sql");
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void freeTriesThenDoublingWaitsThenTheLock() {
        FailedLogins node = node(100);
        for (int i = 0; i < 3; i++) {
            fail(node, "10.0.0.1", "mei", T0.plusSeconds(i));
        }
        assertEquals(Optional.empty(), wait(node, "10.0.0.1", "mei", T0.plusSeconds(3)), "three typos cost nothing");
        fail(node, "10.0.0.1", "mei", T0.plusSeconds(3));
        assertEquals(Optional.of(1L), wait(node, "10.0.0.1", "mei", T0.plusSeconds(3)), "the fourth: a second");
        assertEquals(Optional.empty(), wait(node, "10.0.0.1", "mei", T0.plusSeconds(5)));
        for (int i = 5; i <= 10; i++) {
            fail(node, "10.0.0.1", "mei", T0.plusSeconds(i * 100L));
        }
        long locked = wait(node, "10.0.0.1", "mei", T0.plusSeconds(1000)).orElseThrow();
        assertTrue(locked > 800 && locked <= 900, "the tenth locks for 15 minutes: " + locked);
        assertEquals(Optional.empty(), wait(node, "10.0.0.2", "mei", T0.plusSeconds(1000)), "another client is not locked out");
        assertEquals(Optional.empty(), wait(node, "10.0.0.1", "li", T0.plusSeconds(1000)), "nor another name");
    }

    @Test
    void aSuccessStartsOver() {
        FailedLogins node = node(100);
        for (int i = 0; i < 4; i++) {
            fail(node, "10.0.0.1", "mei", T0.plusSeconds(i));
        }
        inTransaction(node, () -> {
            node.succeeded("10.0.0.1", "mei");
            return null;
        });
        fail(node, "10.0.0.1", "mei", T0.plusSeconds(5));
        assertEquals(Optional.empty(), wait(node, "10.0.0.1", "mei", T0.plusSeconds(5)));
    }

    @Test
    void oneAddressIsStoppedAfterItsHourlyBudgetOfNames() {
        FailedLogins node = node(5);
        for (int i = 0; i < 5; i++) {
            fail(node, "10.0.0.9", "name" + i, T0.plusSeconds(i));
        }
        long wait = wait(node, "10.0.0.9", "fresh", T0.plusSeconds(10)).orElseThrow();
        assertTrue(wait > 3500 && wait <= 3600, "until the first failure is an hour old: " + wait);
        assertEquals(Optional.empty(), wait(node, "10.0.0.9", "fresh", T0.plus(Duration.ofHours(1)).plusSeconds(1)));
    }

    @Test
    void twoNodesCountTheSameFailures() {
        FailedLogins a = node(100);
        FailedLogins b = node(100);
        for (int i = 0; i < 10; i++) {
            fail(i % 2 == 0 ? a : b, "10.0.0.1", "mei", T0.plusSeconds(i * 100L));
        }
        assertTrue(wait(a, "10.0.0.1", "mei", T0.plusSeconds(900)).orElseThrow() > 800, "locked on node A");
        assertTrue(wait(b, "10.0.0.1", "mei", T0.plusSeconds(900)).orElseThrow() > 800, "and on node B");
    }

    @Test
    void neitherTheAddressNorTheNameIsStored() {
        FailedLogins node = node(100);
        fail(node, "203.0.113.7", "mei@example.org", T0);
        try (EntityManager em = database.emf().createEntityManager()) {
            for (Object key : em.createNativeQuery("SELECT scope_key FROM cm_failed_login").getResultList()) {
                assertTrue(!key.toString().contains("203.0") && !key.toString().contains("mei"), key.toString());
            }
        }
    }

    @Test
    void failuresADayOldAreForgotten() {
        FailedLogins node = node(100);
        fail(node, "10.0.0.1", "mei", T0);
        assertEquals(2, inTransaction(node, () -> node.forgetBefore(T0.plusSeconds(1))));
    }

    private FailedLogins node(int perAddressHour) {
        FailedLogins logins = new FailedLogins(perAddressHour, 1);
        logins.em = database.emf().createEntityManager();
        return logins;
    }

    private static void fail(FailedLogins node, String client, String login, Instant at) {
        inTransaction(node, () -> {
            node.failed(client, login, at);
            return null;
        });
    }

    private static Optional<Long> wait(FailedLogins node, String client, String login, Instant at) {
        return inTransaction(node, () -> node.wait(client, login, at));
    }

    /** What the container's transaction does around each call. */
    private static <T> T inTransaction(FailedLogins node, Supplier<T> call) {
        node.em.getTransaction().begin();
        try {
            T result = call.get();
            node.em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            node.em.getTransaction().rollback();
            throw e;
        }
    }
}
