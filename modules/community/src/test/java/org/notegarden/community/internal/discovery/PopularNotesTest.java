package org.notegarden.community.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.community.internal.note.NoteWentPublic;

/** The ranking is remembered, but a note going public is taken in within two seconds. */
class PopularNotesTest {
    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    /** Counts rankings and returns as many notes as it was asked for so far. */
    static final class CountingRows extends DiscoveryRows {
        final List<Instant> rankedAt = new ArrayList<>();
        final Hands clock;

        CountingRows(Hands clock) {
            this.clock = clock;
        }

        @Override
        List<Popular> popular(String country, Instant since, int limit) {
            rankedAt.add(clock.now);
            return List.of(new Popular(rankedAt.size(), false));
        }
    }

    @Test
    void rankedOnceThenAgainAfterANoteWentPublicButNotMoreOftenThanEveryTwoSeconds() {
        Hands clock = new Hands();
        CountingRows rows = new CountingRows(clock);
        PopularNotes popular = new PopularNotes(rows, clock);
        assertEquals(1, popular.near("CN", 20).get(0).noteId());
        clock.now = clock.now.plusSeconds(1);
        assertEquals(1, popular.near("CN", 20).get(0).noteId(), "remembered");

        popular.wentPublic(new NoteWentPublic(7));
        clock.now = clock.now.plusMillis(500);
        assertEquals(1, popular.near("CN", 20).get(0).noteId(), "the ranking is younger than two seconds: kept a moment longer");
        clock.now = clock.now.plusMillis(600);
        assertEquals(2, popular.near("CN", 20).get(0).noteId(), "two seconds old and a note went public since: ranked again");
        clock.now = clock.now.plus(Duration.ofSeconds(5));
        assertEquals(2, popular.near("CN", 20).get(0).noteId(), "nothing new went public: remembered");
        assertEquals(2, rows.rankedAt.size());
    }
}
