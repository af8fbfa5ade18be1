package org.notegarden.commerce.internal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.notegarden.commerce.internal.schedule.JobLeases;

/**
 * One relay per cluster: of two nodes only the lease holder relays; it renews every 5 s rather
 * than on every pass (a pass runs after every order change); the other asks at most once a second
 * and takes over once the holder stopped renewing. {@code JobLeasesTest} holds the lease's SQL to
 * the same rules on a real database; here one lease row is shared in memory.
 */
class OrderEventRelayLeaseTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The lease row both nodes see, and how often each asked the database. */
    static final class SharedLease {
        String holder;
        Instant until = Instant.EPOCH;
        int asks;

        JobLeases as(String node) {
            return new JobLeases() {
                @Override
                public boolean hold(String job, Instant now, Duration holdFor) {
                    asks++;
                    if (!now.isBefore(until) || node.equals(holder)) {
                        holder = node;
                        until = now.plus(holdFor);
                        return true;
                    }
                    return false;
                }
            };
        }
    }

    @Test
    void onlyTheHolderRelaysAndTheOtherTakesOverWhenItStopsRenewing() {
        SharedLease lease = new SharedLease();
        OrderEventRelay a = new OrderEventRelay(null, null, lease.as("a"), null);
        OrderEventRelay b = new OrderEventRelay(null, null, lease.as("b"), null);
        assertTrue(a.relaying(T0), "the first to ask relays");
        assertFalse(b.relaying(T0.plusMillis(100)), "the other does not");
        int asked = lease.asks;
        for (int ms = 500; ms < 5000; ms += 500) {
            assertTrue(a.relaying(T0.plusMillis(ms)));
            assertFalse(b.relaying(T0.plusMillis(ms + 100)));
        }
        assertEquals(asked + 4, lease.asks, "in 5 s: the holder never asks again, the other once a second");
        assertTrue(a.relaying(T0.plusSeconds(6)), "the holder renews with 10 s left");
        assertEquals(T0.plusSeconds(21), lease.until);
        assertFalse(b.relaying(T0.plusSeconds(20)), "renewed: still a's at 20 s");
        // a dies here: it stops renewing
        assertTrue(b.relaying(T0.plusSeconds(21)), "the lease lapsed: b relays");
        assertFalse(a.relaying(T0.plusSeconds(22)), "a, back, finds it taken and stops relaying");
    }
}
