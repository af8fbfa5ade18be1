package org.notegarden.community.internal.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InsightBufferTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:15:00Z");

    @Test
    void concurrentEventsOnOneNoteBecomeOneSumAndNothingIsLostAcrossDrains() throws Exception {
        InsightBuffer buffer = new InsightBuffer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    buffer.add(InsightEvent.onNote(InsightKind.IMPRESSION, 7, new Origin("CN", "zh-CN"), AT));
                }
            }));
        }
        Map<InsightBuffer.Key, Long> total = new HashMap<>();
        while (!work.stream().allMatch(Future::isDone)) {
            buffer.drain().forEach((k, s) -> total.merge(k, s.n(), Long::sum));
        }
        buffer.drain().forEach((k, s) -> total.merge(k, s.n(), Long::sum));
        pool.shutdown();
        assertEquals(1, total.size(), "one key: note 7, 10:00 UTC, IMPRESSION, CN, zh-CN");
        assertEquals(80_000L, total.values().iterator().next());
        InsightBuffer.Key key = total.keySet().iterator().next();
        assertEquals(10, key.hour());
    }

    @Test
    void aFailedWriteIsPutBack() {
        InsightBuffer buffer = new InsightBuffer();
        buffer.add(new InsightEvent(InsightKind.ORDER, 9, 0, Origin.UNKNOWN, 2, 11600, "CNY", AT));
        var taken = buffer.drain();
        buffer.restore(taken);
        buffer.add(new InsightEvent(InsightKind.ORDER, 9, 0, Origin.UNKNOWN, 1, 5800, "CNY", AT));
        var sum = buffer.drain().values().iterator().next();
        assertEquals(3, sum.n());
        assertEquals(17400, sum.amount());
    }

    /**
     * Under a long tail of notes (every read a different note) nearly every event is a new key, and
     * a key lives until the next drain, two seconds later: longer than the young generation, so
     * what it holds is promoted and fills the old one (a heap count during the benchmark's random
     * notes: keys, their dates, sums and adders, the drain's copy — about 300 bytes a key, 4 MB
     * promoted a second at 11,000 reads a second). A key must hold little, and draining must not copy.
     */
    @Test
    void aNewKeyAllocatesLittleUntilItIsDrained() {
        InsightBuffer buffer = new InsightBuffer();
        List<InsightEvent> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            events.add(InsightEvent.onNote(InsightKind.READ, 1_000 + i, new Origin("CN", "zh-CN"), AT.plusMillis(i)));
        }
        for (int round = 0; round < 5; round++) { // the code compiled, as it is on a server that has been up
            events.forEach(buffer::add);
            buffer.drain();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        events.forEach(buffer::add);
        int drained = buffer.drain().size();
        long perKey = (threads.getCurrentThreadAllocatedBytes() - before) / drained;
        assertEquals(20_000, drained);
        assertTrue(perKey <= 200, perKey + " bytes allocated per new key");
    }
}
