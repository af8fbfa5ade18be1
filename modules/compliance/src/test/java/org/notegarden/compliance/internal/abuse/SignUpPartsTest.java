package org.notegarden.compliance.internal.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SignUpPartsTest {
    @Test
    void disposableDomainsFromTheMaintainedList() {
        DisposableDomains d = DisposableDomains.load();
        assertTrue(d.isDisposable("someone@mailinator.com"));
        assertTrue(d.isDisposable("someone@MAILINATOR.COM."));
        assertFalse(d.isDisposable("someone@gmail.com"));
        assertFalse(d.isDisposable("someone@example.org"));
        assertFalse(d.isDisposable("no-at-sign"));
    }

    @Test
    void slidingWindowRefusesTheEventOverTheLimitAndForgets() {
        WindowCounter c = new WindowCounter(3, Duration.ofHours(1));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, c.tryAcquire("a", t0.plusSeconds(i)));
        }
        long wait = c.tryAcquire("a", t0.plusSeconds(10));
        assertTrue(wait > 3500 && wait <= 3600, "waits until the first event leaves the window: " + wait);
        assertEquals(0, c.tryAcquire("b", t0.plusSeconds(10)), "keys are separate");
        assertEquals(0, c.tryAcquire("a", t0.plus(Duration.ofHours(1)).plusSeconds(1)));
    }

    @Test
    void agesAreCountedLikePeopleCountThem() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertEquals(14, AgeGate.age(LocalDate.of(2012, 11, 24), today), "birthday today counts");
        assertEquals(13, AgeGate.age(LocalDate.of(2012, 11, 25), today));
        assertFalse(AgeGate.plausible(LocalDate.of(2027, 1, 1), today));
        assertFalse(AgeGate.plausible(LocalDate.of(1899, 12, 31), today));
    }
}
