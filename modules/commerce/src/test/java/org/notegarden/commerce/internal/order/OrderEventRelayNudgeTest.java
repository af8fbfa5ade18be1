package org.notegarden.commerce.internal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.notegarden.commerce.internal.plugins.OrderEventFanout;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.commerce.internal.schedule.JobLeases;

/**
 * Every committed order change nudges the relay; in a sale that is two nudges per checkout. A
 * nudge that finds a pass already queued adds none: each pass asks the database what is due, so
 * the waiting one sees the new event too (it ran a pass, and a "due" query, per nudge before).
 */
class OrderEventRelayNudgeTest {
    @Test
    void nudgesWhileAPassIsWaitingQueueNoMorePasses() throws Exception {
        CountDownLatch firstPassStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        AtomicBoolean markerSent = new AtomicBoolean();
        AtomicInteger passesBeforeMarker = new AtomicInteger();
        CountDownLatch markerRan = new CountDownLatch(1);
        OrderEventOutbox outbox = new OrderEventOutbox() {
            @Override
            public List<OrderEventRecord> due(Instant now, int limit) {
                int pass = passes.incrementAndGet();
                if (pass == 1) {
                    firstPassStarted.countDown();
                    await(release);
                }
                if (markerSent.get() && markerRan.getCount() > 0) {
                    passesBeforeMarker.set(pass - 1);
                    markerRan.countDown();
                }
                return List.of();
            }
        };
        OrderEventRelay relay = new OrderEventRelay(outbox, new StorefrontPlugins() {
            @Override
            public OrderEventFanout orderEvents() {
                return null; // nothing is due, so nobody is told
            }
        }, new JobLeases() {
            @Override
            public boolean hold(String job, Instant now, Duration holdFor) {
                return true;
            }

            @Override
            public void release(String job) {
            }
        }, Clock.systemUTC());
        relay.threads = new Threads();
        try {
            relay.nudge();
            assertTrue(firstPassStarted.await(10, TimeUnit.SECONDS), "a pass runs");
            for (int i = 0; i < 100; i++) {
                relay.nudge(); // a sale's commits while the relay is busy
            }
            release.countDown();
            // Once a second pass has started, the count is read at the next pass to start after one more
            // nudge: the relay's one thread runs passes in the order they were queued, so with the hundred
            // nudges coalesced nothing but that nudge (or a pass already queued) can come first. Without
            // coalescing, dozens of queued passes have run by then. No waiting on the clock.
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (passes.get() < 2 && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            assertTrue(passes.get() >= 2, "the pass queued behind the busy one runs");
            markerSent.set(true);
            relay.nudge();
            assertTrue(markerRan.await(10, TimeUnit.SECONDS), "the marker pass runs");
            // The busy pass, the one queued behind it, and at most the half-second poll on a slow machine.
            int ran = passesBeforeMarker.get();
            assertTrue(ran >= 2 && ran <= 3, "passes: " + ran);
        } finally {
            relay.stop();
        }
        assertEquals(0, release.getCount());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Plain daemon threads standing in for the container's. */
    private static final class Threads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "relay-test");
            t.setDaemon(true);
            return t;
        }

        /** Part of the container's interface; the relay's scheduled executor never asks for fork-join threads. */
        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException("the relay runs on a scheduled executor, not a fork-join pool");
        }
    }
}
