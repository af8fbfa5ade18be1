package org.notegarden.app.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, bounded, for work the server does after answering (insights are written every 2 s,
 * order listeners run after commit), instead of sleeping a guessed time. Returns the last value
 * seen, so the caller's assertion reports what was there when the time ran out.
 */
public final class Eventually {
    private Eventually() {
    }

    public static <T> T await(Duration limit, Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(limit);
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200); // the poll interval, well under the 2 s flush
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
