package org.notegarden.compliance.internal.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void agesAreCountedLikePeopleCountThem() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertEquals(14, AgeGate.age(LocalDate.of(2012, 11, 24), today), "birthday today counts");
        assertEquals(13, AgeGate.age(LocalDate.of(2012, 11, 25), today));
        assertFalse(AgeGate.plausible(LocalDate.of(2027, 1, 1), today));
        assertFalse(AgeGate.plausible(LocalDate.of(1899, 12, 31), today));
    }
}
