package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent requests share reads, and each still gets exactly what a read of its own, started
 * after it asked, would have given it. The first read of each test is held open by a latch, so
 * which requests wait for the next one is decided by the test, not by timing.
 */
class ReadTogetherTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Set<Long>> reads = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstReadMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstReadStarted = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstReadMayEnd.countDown();
        threads.shutdownNow();
    }

    /** Tens of each key; the first read waits for the test; keys above 100 do not exist. */
    private Map<Long, Long> tens(Set<Long> keys) {
        reads.add(keys);
        if (reads.size() == 1) {
            firstReadStarted.countDown();
            await(firstReadMayEnd);
        }
        Map<Long, Long> found = new HashMap<>();
        keys.stream().filter(k -> k <= 100).forEach(k -> found.put(k, k * 10));
        return found;
    }

    private Future<Map<Long, Long>> ask(ReadTogether<Long, Long> together, Long... keys) {
        return threads.submit(() -> together.getAll(List.of(keys)));
    }

    private static void untilWaiting(ReadTogether<?, ?> together, int requests) throws InterruptedException {
        while (together.waiting() < requests) {
            Thread.sleep(1); // polls until the requests have arrived; the assertions do not depend on how long that took
        }
    }

    @Test
    void requestsThatArriveWhileAReadRunsShareTheNextOne() throws Exception {
        ReadTogether<Long, Long> together = new ReadTogether<>(1, 100, this::tens, () -> true);
        Future<Map<Long, Long>> first = ask(together, 1L);
        firstReadStarted.await();
        Future<Map<Long, Long>> b = ask(together, 2L);
        Future<Map<Long, Long>> c = ask(together, 3L, 2L);
        Future<Map<Long, Long>> d = ask(together, 4L, 500L);
        untilWaiting(together, 3);
        firstReadMayEnd.countDown();

        assertEquals(Map.of(1L, 10L), first.get());
        assertEquals(Map.of(2L, 20L), b.get());
        assertEquals(Map.of(3L, 30L, 2L, 20L), c.get());
        assertEquals(Map.of(4L, 40L), d.get(), "a key that does not exist is not in the answer");
        assertEquals(List.of(Set.of(1L), Set.of(2L, 3L, 4L, 500L)), reads,
                "the running read answers only its own request: the others asked after it started");
    }

    @Test
    void aRequestWithALaneFreeReadsAtOnce() throws Exception {
        ReadTogether<Long, Long> together = new ReadTogether<>(2, 100, this::tens, () -> true);
        Future<Map<Long, Long>> first = ask(together, 1L);
        firstReadStarted.await();
        assertEquals(Map.of(2L, 20L), ask(together, 2L).get(), "the second lane reads while the first is busy");
        firstReadMayEnd.countDown();
        assertEquals(Map.of(1L, 10L), first.get());
    }

    @Test
    void aCallerInsideATransactionReadsAlone() throws Exception {
        boolean[] inTransaction = {false};
        ReadTogether<Long, Long> together = new ReadTogether<>(1, 100, this::tens, () -> !inTransaction[0]);
        Future<Map<Long, Long>> first = ask(together, 1L);
        firstReadStarted.await();
        inTransaction[0] = true;
        assertEquals(Map.of(7L, 70L), ask(together, 7L).get(), "read at once, on its own, although the one lane is busy");
        assertEquals(0, together.waiting());
        firstReadMayEnd.countDown();
        first.get();
        assertEquals(List.of(Set.of(1L), Set.of(7L)), reads);
    }

    @Test
    void aReadTakesAtMostSoManyKeysButAlwaysItsOwnRequests() throws Exception {
        ReadTogether<Long, Long> together = new ReadTogether<>(1, 2, this::tens, () -> true);
        Future<Map<Long, Long>> first = ask(together, 1L, 2L, 3L);
        firstReadStarted.await();
        Future<Map<Long, Long>> b = ask(together, 4L);
        untilWaiting(together, 1);
        Future<Map<Long, Long>> c = ask(together, 5L, 6L);
        untilWaiting(together, 2);
        Future<Map<Long, Long>> d = ask(together, 7L);
        untilWaiting(together, 3);
        firstReadMayEnd.countDown();
        assertEquals(3, first.get().size(), "a request larger than the limit is still read whole");
        b.get();
        c.get();
        d.get();
        assertEquals(List.of(Set.of(1L, 2L, 3L), Set.of(4L), Set.of(5L, 6L), Set.of(7L)), reads,
                "in the order they arrived, never more than two keys unless one request asks for more");
    }

    @Test
    void aFailedReadFailsOnlyTheRequestsItWasForAndTheLaneGoesOn() throws Exception {
        IllegalStateException down = new IllegalStateException("database down");
        Function<Set<Long>, Map<Long, Long>> failingSecond = keys -> {
            Map<Long, Long> found = tens(keys);
            if (reads.size() == 2) {
                throw down;
            }
            return found;
        };
        ReadTogether<Long, Long> together = new ReadTogether<>(1, 100, failingSecond, () -> true);
        Future<Map<Long, Long>> first = ask(together, 1L);
        firstReadStarted.await();
        Future<Map<Long, Long>> b = ask(together, 2L);
        untilWaiting(together, 1);
        Future<Map<Long, Long>> c = ask(together, 3L);
        untilWaiting(together, 2);
        firstReadMayEnd.countDown();

        assertEquals(Map.of(1L, 10L), first.get());
        Exception leader = assertThrows(Exception.class, b::get);
        assertSame(down, leader.getCause(), "the request that read gets the failure itself");
        Exception other = assertThrows(Exception.class, c::get);
        assertTrue(other.getCause() instanceof ReadTogether.ReadFailed, "the others a failure of their own: " + other.getCause());
        assertSame(down, other.getCause().getCause());
        assertEquals(Map.of(9L, 90L), together.getAll(List.of(9L)), "the lane was handed on: the next request reads");
    }

    @Test
    void manyRequestsAtOnceEachGetExactlyTheirOwnKeys() throws Exception {
        firstReadMayEnd.countDown();
        ReadTogether<Long, Long> together = new ReadTogether<>(2, 16, this::tens, () -> true);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int t = 0; t < 32; t++) {
            all.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 2_000; i++) {
                    long a = ThreadLocalRandom.current().nextLong(1, 130);
                    long b = ThreadLocalRandom.current().nextLong(1, 130);
                    Map<Long, Long> expected = new HashMap<>();
                    for (long k : new long[] {a, b}) {
                        if (k <= 100) {
                            expected.put(k, k * 10);
                        }
                    }
                    assertEquals(expected, together.getAll(List.of(a, b)));
                }
            }, threads));
        }
        // a generous bound, only so that a lost hand-over fails the test instead of hanging the build
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        assertEquals(0, together.waiting());
        assertTrue(reads.stream().allMatch(r -> r.size() <= 16), "no read over the limit");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
