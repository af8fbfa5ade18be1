package org.notegarden.compliance.internal.abuse;

import java.time.Duration;
import java.time.Instant;

/**
 * One sliding-window limit (so many events per key an hour), counted in the database through
 * {@link SharedWindows}, so every node of a cluster enforces the same count. It once lived in each
 * node's memory: with two nodes, twenty sign-ups from one address got through where ten should.
 */
final class WindowCounter {
    private final SharedWindows windows;
    private final String counter;
    private final int limit;
    private final Duration window;

    WindowCounter(SharedWindows windows, String counter, int limit, Duration window) {
        this.windows = windows;
        this.counter = counter;
        this.limit = limit;
        this.window = window;
    }

    /** Records an event unless it would exceed the limit; returns seconds to wait when refused, else 0. */
    long tryAcquire(String key, Instant now) {
        return windows.tryAcquire(counter, key, limit, window, now);
    }

    /** Forgets this counter's events that left the window, so the table follows recent traffic only. */
    void sweep(Instant now) {
        windows.forget(counter, now.minus(window));
    }
}
