package org.notegarden.compliance.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrivacyDeadlineTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-01T09:00:00Z");
    /** GDPR: one month, as the EU region policy sets it (30 days). */
    private static final Instant DUE = RECEIVED.plus(Duration.ofDays(30));

    private static PrivacyRequest request() {
        return new PrivacyRequest(7L, PrivacyRequest.Kind.values()[0], "GDPR", "eu", null, RECEIVED, DUE);
    }

    @Test
    void anOpenRequestCountsDownToItsDeadlineThenIsOverdue() {
        PrivacyRequest r = request();
        assertEquals(30, r.daysLeft(RECEIVED));
        assertFalse(r.isOverdue(DUE), "due at the deadline, not yet overdue");
        assertTrue(r.isOverdue(DUE.plusSeconds(1)));
        assertEquals(-2, r.daysLeft(DUE.plus(Duration.ofDays(2))));
        r.startedBy(42L);
        assertTrue(r.isOverdue(DUE.plusSeconds(1)), "in progress is still open");
    }

    @Test
    void anAnsweredRequestIsNeverOverdue() {
        PrivacyRequest done = request();
        done.complete(DUE.minusSeconds(60), "export.zip", 42L);
        assertFalse(done.isOpen());
        assertFalse(done.isOverdue(DUE.plus(Duration.ofDays(400))));
        PrivacyRequest refused = request();
        refused.reject(DUE.plus(Duration.ofDays(3)), "not the account holder", 42L);
        assertFalse(refused.isOverdue(DUE.plus(Duration.ofDays(5))), "late, but answered");
    }
}
