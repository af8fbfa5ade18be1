package org.notegarden.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeedAttemptsTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicBoolean seeded = new AtomicBoolean();
    private final SeedAttempts attempts = new SeedAttempts(3, Duration.ofSeconds(2), seeded::get, pauses::add);

    @Test
    void aFirstAttemptLostBeforeSeedingAnythingIsMadeAgain() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        int notes = attempts.run(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("zip file closed"); // what the deployment's end did to the first one
            }
            return 320;
        });
        assertEquals(320, notes);
        assertEquals(2, calls.get());
        assertEquals(List.of(Duration.ofSeconds(2)), pauses, "one pause before the second attempt");
    }

    @Test
    void aFailureAfterSomethingWasSeededIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("the database went away");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> attempts.run(() -> {
            calls.incrementAndGet();
            seeded.set(true); // the first person was made before it failed
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(1, calls.get(), "a second run would find the first person and seed nothing");
        assertEquals(List.of(), pauses);
    }

    @Test
    void itGivesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> attempts.run(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("zip file closed");
        }));
        assertEquals(3, calls.get());
        assertEquals(2, pauses.size());
    }
}
