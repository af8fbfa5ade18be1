package org.notegarden.community.internal.search;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.Function;
import org.notegarden.community.internal.kept.KeptPerGeneration;
import org.notegarden.community.internal.note.NoteWentPublic;

/**
 * The index's answer to a search asked in the last second, as Solr's query result cache keeps the
 * ids of recent queries until the index changes: a hot search is asked by many readers at once,
 * and each asking cost a Lucene search. Only the index's part is kept (the page's ids, how many
 * match, the translation used), which is the same for every reader: every page is still built
 * from the database for its reader, so a note deleted, held or made private since is never shown
 * (the page is one card short for at most a second). A note that goes public (here, or on another
 * node, which {@code PublishedOnOtherNodes} hears within 2 s) starts over, so the next search
 * finds it at once, and a search that was already running then is not given again
 * ({@link KeptPerGeneration}).
 */
@ApplicationScoped
public class RecentSearchHits {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final KeptPerGeneration<SearchQuery, NoteSearch.Hits> hits;

    public RecentSearchHits() {
        this(Ticker.systemTicker());
    }

    /** For tests: time as the ticker tells it. */
    RecentSearchHits(Ticker ticker) {
        hits = new KeptPerGeneration<>(FRESH_FOR, 2_000, ticker);
    }

    /** The hits for this query: from the last second's answer, or searched now. */
    NoteSearch.Hits get(SearchQuery query, Function<SearchQuery, NoteSearch.Hits> search) {
        return hits.get(query, search);
    }

    void wentPublic(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWentPublic event) {
        hits.startOver();
    }
}
