package org.notegarden.community.internal.search;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the waiting searches every two seconds (and once more at shutdown), in one transaction.
 * A failed write gives them back for the next try. Once an hour it deletes history and counts
 * older than anything shows (every node does; a second delete finds nothing).
 */
@Singleton
public class SearchLogFlusher {
    private static final Logger LOG = Logger.getLogger(SearchLogFlusher.class.getName());

    @Inject
    SearchLogBuffer buffer;
    @Inject
    SearchHistory history;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    public void flush() {
        var waiting = buffer.drain();
        if (waiting.isEmpty()) {
            return;
        }
        try {
            history.write(waiting);
        } catch (Exception e) {
            buffer.restore(waiting);
            LOG.log(Level.WARNING, "search log not written yet (" + waiting.size() + " searches kept for the next try)", e);
        }
    }

    @Schedule(minute = "41", hour = "*", persistent = false)
    public void forgetOld() {
        try {
            int rows = history.forgetOld();
            LOG.fine(() -> rows + " old search-log rows and term counts deleted");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "old search history not deleted yet (next try in an hour)", e);
        }
    }

    @PreDestroy
    void lastFlush() {
        flush();
    }
}
