package org.notegarden.community.internal.tally;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientEventGateTest {
    private static ClientEventGate at(Instant now) {
        ClientEventGate gate = new ClientEventGate();
        gate.clock = Clock.fixed(now, ZoneOffset.UTC);
        gate.perMinute = 120;
        return gate;
    }

    @Test
    void aViewerCountsOncePerNoteAndKindInARollingHour() {
        Instant justBeforeTheHour = Instant.parse("2026-12-02T06:59:59.900Z");
        ClientEventGate gate = at(justBeforeTheHour);
        assertTrue(gate.firstThisHour("a1", 7, InsightKind.SHARE));
        assertFalse(gate.firstThisHour("a1", 7, InsightKind.SHARE));
        assertTrue(gate.firstThisHour("a1", 7, InsightKind.PRODUCT_CLICK), "another kind counts on its own");
        assertTrue(gate.firstThisHour("a2", 7, InsightKind.SHARE), "another viewer too");
        gate.clock = Clock.fixed(justBeforeTheHour.plusMillis(200), ZoneOffset.UTC);
        assertFalse(gate.firstThisHour("a1", 7, InsightKind.SHARE), "the top of the clock hour changes nothing");
        gate.clock = Clock.fixed(justBeforeTheHour.plus(Duration.ofHours(1)), ZoneOffset.UTC);
        assertTrue(gate.firstThisHour("a1", 7, InsightKind.SHARE), "an hour after it last counted, it counts again");
    }

    @Test
    void oneAddressReportsABoundedNumberOfEventsAMinute() {
        ClientEventGate gate = at(Instant.parse("2026-12-02T07:00:10Z"));
        assertTrue(gate.withinRate("c1", 100));
        assertFalse(gate.withinRate("c1", 100));
        assertTrue(gate.withinRate("c2", 100), "other addresses are not affected");
    }
}
