package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searches wait in memory for the flusher; history, clearing and erasure see them meanwhile. */
class SearchLogBufferTest {
    private static SearchLogBuffer.Pending search(Long account, String term) {
        return new SearchLogBuffer.Pending(account, term, SearchHistory.key(term), Instant.EPOCH);
    }

    @Test
    void drainTakesEverythingOnceInOrder() {
        SearchLogBuffer buffer = new SearchLogBuffer();
        buffer.add(search(1L, "latte"));
        buffer.add(search(null, "hotpot"));
        assertEquals(List.of("latte", "hotpot"), buffer.drain().stream().map(SearchLogBuffer.Pending::term).toList());
        assertEquals(List.of(), buffer.drain());
    }

    @Test
    void clearingKeepsTheSearchesAnonymouslyAndErasureDropsThem() {
        SearchLogBuffer buffer = new SearchLogBuffer();
        buffer.add(search(1L, "latte"));
        buffer.add(search(2L, "matcha"));
        buffer.forget(1L, true);
        assertEquals(List.of(), buffer.of(1L));
        buffer.forget(2L, false);
        List<SearchLogBuffer.Pending> left = buffer.drain();
        assertEquals(1, left.size(), "the cleared search still counts for hot searches; the erased one is gone");
        assertEquals(null, left.get(0).accountId());
        assertEquals("latte", left.get(0).term());
    }

    @Test
    void aFloodIsCappedInsteadOfFillingTheHeap() {
        SearchLogBuffer buffer = new SearchLogBuffer();
        for (int i = 0; i < SearchLogBuffer.MAX_WAITING + 10; i++) {
            buffer.add(search(null, "q" + i));
        }
        assertEquals(10, buffer.dropped());
        assertEquals(SearchLogBuffer.MAX_WAITING, buffer.drain().size());
    }
}
