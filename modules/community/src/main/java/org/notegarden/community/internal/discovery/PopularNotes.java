package org.notegarden.community.internal.discovery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.notegarden.community.internal.note.NoteWentPublic;

/**
 * The popular-notes ranking per country, computed at most every {@link #FRESH_FOR} seconds.
 * Ranking every recent note by engagement is a scan and a sort of two weeks of notes: 175–311 ms
 * per signed-out home request at 100,000 notes (20,195 in the window) on H2. Only the order is
 * remembered: each page is checked against the database again
 * ({@code FeedQueries.stillRecommendable}), so a note removed, demoted or made private leaves the
 * feed at once, and the cards are built fresh. A note that goes public makes the ranking be
 * computed again, but at most every {@link #RECOMPUTE_AT_MOST_EVERY}, so a stream of new notes
 * costs one ranking per two seconds, not one per note.
 */
@ApplicationScoped
public class PopularNotes {
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final Duration RECOMPUTE_AT_MOST_EVERY = Duration.ofSeconds(2);
    static final Duration WINDOW = Duration.ofDays(14);
    /** The deepest a feed pages (offset 1,000 plus a page of 50 and one to tell that more follow). */
    static final int DEPTH = 1051;

    private record Ranking(List<DiscoveryRows.Popular> notes, Instant computedAt) {
    }

    DiscoveryRows rows;
    Clock clock;
    private final Cache<String, Ranking> ranked = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(300).build();
    private volatile Instant lastWentPublic = Instant.EPOCH;

    @Inject
    public PopularNotes(DiscoveryRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected PopularNotes() {
    }

    /** Recent notes, those written from {@code country} first, then by engagement; at most {@code limit}. */
    List<DiscoveryRows.Popular> near(String country, int limit) {
        Instant now = clock.instant();
        Ranking r = ranked.get(country, this::rank);
        if (r.computedAt().isBefore(lastWentPublic) && r.computedAt().isBefore(now.minus(RECOMPUTE_AT_MOST_EVERY))) {
            r = rank(country);
            ranked.put(country, r);
        }
        return r.notes().subList(0, Math.min(limit, r.notes().size()));
    }

    private Ranking rank(String country) {
        Instant now = clock.instant();
        return new Ranking(rows.popular(country, now.minus(WINDOW), DEPTH), now);
    }

    void wentPublic(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWentPublic event) {
        lastWentPublic = clock.instant();
    }
}
