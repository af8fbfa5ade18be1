package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.notegarden.community.internal.Latches;
import org.notegarden.community.internal.note.NoteWentPublic;

/**
 * A search asked again within a second is answered from the last answer; a note going public,
 * the second passing, or any other query (words, sort, page, filters) searches the index again.
 */
class RecentSearchHitsTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RecentSearchHits recent = new RecentSearchHits(nanos::get);
    private final AtomicInteger searches = new AtomicInteger();
    private final Function<SearchQuery, NoteSearch.Hits> index = q -> {
        int n = searches.incrementAndGet();
        return new NoteSearch.Hits(List.of((long) n), n, true, null, null);
    };

    private static SearchQuery query(String text) {
        return SearchQuery.of(text, null, null, null, null, null, null);
    }

    @Test
    void theSameQueryWithinASecondSearchesOnce() {
        assertEquals(1, recent.get(query("matcha"), index).total());
        assertEquals(1, recent.get(query("matcha"), index).total());
        assertEquals(1, searches.get());
    }

    @Test
    void aNoteGoingPublicSearchesAgain() {
        recent.get(query("matcha"), index);
        recent.wentPublic(new NoteWentPublic(7));
        assertEquals(2, recent.get(query("matcha"), index).total());
        assertEquals(2, searches.get());
    }

    @Test
    void anAnswerOlderThanASecondIsNotUsed() {
        recent.get(query("matcha"), index);
        nanos.addAndGet(RecentSearchHits.FRESH_FOR.toNanos() - 1);
        recent.get(query("matcha"), index);
        assertEquals(1, searches.get());
        nanos.addAndGet(1);
        assertEquals(2, recent.get(query("matcha"), index).total());
    }

    @Test
    void everyPartOfTheQueryCounts() {
        recent.get(query("matcha"), index);
        recent.get(query("Matcha"), index);
        recent.get(SearchQuery.of("matcha", "latest", null, null, null, null, null), index);
        recent.get(SearchQuery.of("matcha", null, "video", null, null, null, null), index);
        recent.get(SearchQuery.of("matcha", null, null, "week", null, null, null), index);
        recent.get(SearchQuery.of("matcha", null, null, null, 20, null, null), index);
        recent.get(SearchQuery.of("matcha", null, null, null, null, 10, null), index);
        recent.get(SearchQuery.of("matcha", null, null, null, null, null, false), index);
        assertEquals(8, searches.get());
    }

    @Test
    void aSearchRunningWhileANoteWentPublicIsNotKeptForLaterSearches() throws Exception {
        // The index answers before the note is in it; the note goes public while that answer is on its way.
        CountDownLatch answered = new CountDownLatch(1);
        CountDownLatch published = new CountDownLatch(1);
        Function<SearchQuery, NoteSearch.Hits> overtaken = q -> {
            NoteSearch.Hits stale = index.apply(q);
            answered.countDown();
            Latches.await(published);
            return stale;
        };
        CompletableFuture<NoteSearch.Hits> running = CompletableFuture.supplyAsync(() -> recent.get(query("matcha"), overtaken));
        Latches.await(answered);
        recent.wentPublic(new NoteWentPublic(7));
        published.countDown();
        assertEquals(1, running.get(10, TimeUnit.SECONDS).total());
        assertEquals(2, recent.get(query("matcha"), index).total(), "searched again, not the answer from before the note");
    }
}
