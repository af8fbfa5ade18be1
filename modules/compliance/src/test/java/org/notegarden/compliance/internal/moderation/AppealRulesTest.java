package org.notegarden.compliance.internal.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.ProblemException;

class AppealRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Optional<Instant> OPEN = Optional.of(NOW.plus(Duration.ofDays(1)));
    private static final Optional<Instant> CLOSED = Optional.of(NOW.minus(Duration.ofSeconds(1)));

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).status();
    }

    @Test
    void theAffectedPersonAppealsWithinTheirStatementsWindow() {
        assertEquals(Appeal.Role.AFFECTED, AppealRules.check(true, OPEN, Optional.empty(), false, NOW));
        ProblemException late = assertThrows(ProblemException.class,
                () -> AppealRules.check(true, CLOSED, Optional.empty(), false, NOW));
        assertEquals(422, late.status());
        assertEquals("caseId", late.errors().get(0).field());
    }

    @Test
    void aReporterAppealsWithinTheirRegionsWindow() {
        assertEquals(Appeal.Role.NOTIFIER, AppealRules.check(true, Optional.empty(), OPEN, false, NOW));
        assertEquals(422, status(() -> AppealRules.check(true, Optional.empty(), CLOSED, false, NOW)));
    }

    @Test
    void nobodyElseAppealsAndNobodyAppealsTwiceOrBeforeTheDecision() {
        assertEquals(403, status(() -> AppealRules.check(true, Optional.empty(), Optional.empty(), false, NOW)));
        assertEquals(409, status(() -> AppealRules.check(true, OPEN, Optional.empty(), true, NOW)));
        assertEquals(409, status(() -> AppealRules.check(false, OPEN, Optional.empty(), false, NOW)));
    }

    @Test
    void theReasonSaysWhyInTenToTwoThousandCharacters() {
        assertEquals(422, status(() -> AppealRules.reason("  too short ")));
        assertEquals(422, status(() -> AppealRules.reason(null)));
        assertEquals(422, status(() -> AppealRules.reason("理由".repeat(1001))));
        assertEquals("This was satire, not a threat.", AppealRules.reason("  This was satire, not a threat.  "));
    }
}
