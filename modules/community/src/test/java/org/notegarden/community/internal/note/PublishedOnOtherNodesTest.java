package org.notegarden.community.internal.note;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Only a newer publish time than the one seen before tells this node's lists to look again. */
class PublishedOnOtherNodesTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void onlyANewerPublishTimeCounts() {
        PublishedOnOtherNodes look = new PublishedOnOtherNodes(null, null);
        assertFalse(look.moved(null), "no notes yet");
        assertFalse(look.moved(T0), "the first look only remembers");
        assertFalse(look.moved(T0), "nothing new");
        assertTrue(look.moved(T0.plusMillis(1)), "a note published since, here or on another node");
        assertFalse(look.moved(T0), "the newest was deleted: older is not news");
        assertTrue(look.moved(T0.plusSeconds(5)));
    }
}
