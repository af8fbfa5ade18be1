package org.notegarden.community.internal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.notegarden.community.internal.note.NoteWentPublic;

/**
 * The index's answer to a search asked in the last second, as Solr's query result cache keeps the
 * ids of recent queries until the index changes: a hot search is asked by many readers at once,
 * and each asking cost a Lucene search. Only the index's part is kept (the page's ids, how many
 * match, the translation used), which is the same for every reader: every page is still built
 * from the database for its reader, so a note deleted, held or made private since is never shown
 * (the page is one card short for at most a second). A note that goes public (here, or on another
 * node, which {@code PublishedOnOtherNodes} hears within 2 s) starts a new generation, so the next
 * search finds it at once; a search that was already running when it went public is kept under
 * the old generation, where no later search looks.
 */
@ApplicationScoped
public class RecentSearchHits {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private record Key(long generation, SearchQuery query) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key, NoteSearch.Hits> hits;

    public RecentSearchHits() {
        this(Ticker.systemTicker());
    }

    /** For tests: time as the ticker tells it. */
    RecentSearchHits(Ticker ticker) {
        hits = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(2_000).ticker(ticker).build();
    }

    /** The hits for this query: from the last second's answer, or searched now. */
    NoteSearch.Hits get(SearchQuery query, Function<SearchQuery, NoteSearch.Hits> search) {
        return hits.get(new Key(generation.get(), query), k -> search.apply(k.query()));
    }

    void wentPublic(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWentPublic event) {
        generation.incrementAndGet();
        hits.invalidateAll();
    }
}
