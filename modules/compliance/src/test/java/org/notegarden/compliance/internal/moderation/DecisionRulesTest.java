package org.notegarden.compliance.internal.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.ProblemException;

class DecisionRulesTest {
    private static ModerationService.DecisionInput input(String decision, String facts, String clause, Integer days) {
        return new ModerationService.DecisionInput(3L, decision, facts, clause, null, days, null);
    }

    private static List<String> fieldsOf(ProblemException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void onlyNoActionNeedsNoReasons() {
        assertEquals(Decision.NO_ACTION, DecisionRules.validate(input(" no_action ", null, null, null)), "trimmed, any case");
        // A label restricts visibility too (DSA Art. 17): it needs a statement like any other restriction.
        assertEquals(List.of("facts", "policyClause"), fieldsOf(assertThrows(ProblemException.class,
                () -> DecisionRules.validate(input("LABEL", null, null, null)))));
    }

    @Test
    void aRestrictionNamesTheFactsAndTheClauseItReliesOn() {
        ProblemException e = assertThrows(ProblemException.class, () -> DecisionRules.validate(input("REMOVE", "spam", " ", null)));
        assertEquals(422, e.status());
        assertEquals(List.of("facts", "policyClause"), fieldsOf(e), "every missing field at once");
        assertEquals(Decision.REMOVE, DecisionRules.validate(input("REMOVE", "Sells followers in the body", "Guidelines §4", null)));
    }

    @Test
    void aSuspensionLastsOneToThreeHundredSixtyFiveDays() {
        String facts = "Repeated harassment of one person";
        for (Integer days : new Integer[] {null, 0, 366}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> DecisionRules.validate(input("SUSPEND", facts, "Guidelines §2", days)));
            assertEquals(List.of("suspendDays"), fieldsOf(e), "days " + days);
        }
        assertEquals(Decision.SUSPEND, DecisionRules.validate(input("SUSPEND", facts, "Guidelines §2", 365)));
    }

    @Test
    void anUnknownDecisionOrAMissingVersionIsNamed() {
        ProblemException e = assertThrows(ProblemException.class, () -> DecisionRules.validate(
                new ModerationService.DecisionInput(null, "BAN_FOREVER", null, null, null, null, null)));
        assertEquals(List.of("version", "decision"), fieldsOf(e));
        assertEquals(400, assertThrows(ProblemException.class, () -> DecisionRules.validate(null)).status());
    }

    @Test
    void threeStrikesWithinNinetyDaysSuspend() {
        assertFalse(DecisionRules.suspendsAfterStrikes(2));
        assertTrue(DecisionRules.suspendsAfterStrikes(3));
        Instant now = Instant.parse("2026-12-02T00:00:00Z");
        assertEquals(now.minus(Duration.ofDays(90)), DecisionRules.strikesCountedSince(now));
    }

    @Test
    void removalsWarningsAndAccountActionsAreStrikesLabelsAreNot() {
        assertTrue(Decision.REMOVE.strike && Decision.WARN.strike && Decision.SUSPEND.strike && Decision.TERMINATE.strike);
        assertFalse(Decision.LABEL.strike || Decision.DEMOTE.strike || Decision.AGE_RESTRICT.strike || Decision.NO_ACTION.strike);
    }
}
