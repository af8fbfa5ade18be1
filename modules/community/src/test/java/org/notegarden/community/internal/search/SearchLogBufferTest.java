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

    /**
     * The flusher takes the waiting searches and writes them in a transaction; until it commits,
     * a history read found them neither waiting nor written (SearchIT once saw an empty history
     * right after two searches, on PostgreSQL).
     */
    @Test
    void aSearchBeingWrittenStaysInItsPersonsHistoryUntilWritten() {
        SearchLogBuffer buffer = new SearchLogBuffer();
        buffer.add(search(1L, "latte"));
        buffer.add(search(2L, "matcha"));
        assertEquals(2, buffer.drain().size(), "the flusher takes both to write them");
        buffer.add(search(1L, "hotpot"));
        assertEquals(List.of("latte", "hotpot"), buffer.of(1L).stream().map(SearchLogBuffer.Pending::term).toList(),
                "oldest first, the one being written included");
        buffer.written();
        assertEquals(List.of("hotpot"), buffer.of(1L).stream().map(SearchLogBuffer.Pending::term).toList());
    }

    /**
     * Clearing a history or erasing a person deletes their written searches right after forgetting
     * the waiting ones; a batch being written meanwhile would add its rows after that delete and
     * bring them back. Forgetting waits until the batch is written, so the delete that follows
     * takes its rows too.
     */
    @Test
    void forgettingWaitsForASearchBeingWritten() throws Exception {
        SearchLogBuffer buffer = new SearchLogBuffer();
        buffer.add(search(1L, "latte"));
        assertEquals(1, buffer.drain().size(), "the flusher takes it to write it");
        Thread erasing = new Thread(() -> buffer.forget(1L, false));
        erasing.start();
        erasing.join(300);
        org.junit.jupiter.api.Assertions.assertTrue(erasing.isAlive(), "forgetting waits while the person's search is being written");
        buffer.written();
        erasing.join(5000);
        org.junit.jupiter.api.Assertions.assertFalse(erasing.isAlive(), "and goes on once it is written");
        assertEquals(List.of(), buffer.of(1L));
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
