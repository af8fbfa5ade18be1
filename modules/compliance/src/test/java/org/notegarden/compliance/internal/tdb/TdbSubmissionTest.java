package org.notegarden.compliance.internal.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TdbSubmissionTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theWaitDoublesUpToSixHours() {
        Duration minute = Duration.ofMinutes(1);
        assertEquals(Duration.ofMinutes(1), TdbSubmission.backoff(1, minute));
        assertEquals(Duration.ofMinutes(2), TdbSubmission.backoff(2, minute));
        assertEquals(Duration.ofMinutes(256), TdbSubmission.backoff(9, minute));
        assertEquals(Duration.ofHours(6), TdbSubmission.backoff(10, minute));
        assertEquals(Duration.ofHours(6), TdbSubmission.backoff(500, minute));
    }

    @Test
    void onlyARefusedStatementIsRetried() {
        TdbSubmission t = new TdbSubmission(7, true, NOW);
        assertFalse(t.retry(NOW), "a pending one is already on its way");
        t.refused("category: invalid", NOW);
        assertEquals(TdbSubmission.State.FAILED, t.getState());
        assertTrue(t.retry(NOW.plusSeconds(60)));
        assertEquals(TdbSubmission.State.PENDING, t.getState());
        assertEquals(NOW.plusSeconds(60), t.getNextAttemptAt());
    }

    @Test
    void aStatementOutsideTheEuIsNotRequired() {
        assertEquals(TdbSubmission.State.NOT_REQUIRED, new TdbSubmission(8, false, NOW).getState());
    }

    @Test
    void aServerErrorCountsAnAttemptAndWaits() {
        TdbSubmission t = new TdbSubmission(9, true, NOW);
        t.failedAttempt("HTTP 500", NOW, Duration.ofMinutes(1));
        t.failedAttempt("HTTP 500", NOW, Duration.ofMinutes(1));
        assertEquals(2, t.getAttempts());
        assertEquals(NOW.plus(Duration.ofMinutes(2)), t.getNextAttemptAt());
        assertEquals(TdbSubmission.State.PENDING, t.getState());
    }
}
