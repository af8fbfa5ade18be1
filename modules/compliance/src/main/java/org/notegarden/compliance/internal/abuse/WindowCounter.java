package org.notegarden.compliance.internal.abuse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key over a sliding window and refuses the one that would exceed the limit.
 * Kept in this node's memory: with several nodes each enforces the limit on what it sees (the
 * design's shared Hazelcast counters are the step for a cluster).
 */
final class WindowCounter {
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    WindowCounter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Records an event unless it would exceed the limit; returns seconds to wait when refused, else 0. */
    long tryAcquire(String key, Instant now) {
        Deque<Instant> q = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            Instant horizon = now.minus(window);
            while (!q.isEmpty() && !q.peekFirst().isAfter(horizon)) {
                q.pollFirst();
            }
            if (q.size() >= limit) {
                return Math.max(1, Duration.between(horizon, q.peekFirst()).toSeconds());
            }
            q.addLast(now);
            return 0;
        }
    }

    /** Forgets keys with nothing left in the window, so memory follows recent traffic only. */
    void sweep(Instant now) {
        Instant horizon = now.minus(window);
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = events.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> q = it.next().getValue();
            synchronized (q) {
                while (!q.isEmpty() && !q.peekFirst().isAfter(horizon)) {
                    q.pollFirst();
                }
                if (q.isEmpty()) {
                    it.remove();
                }
            }
        }
    }
}
