package org.notegarden.community.internal.search;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the waiting searches every two seconds (and once more at shutdown), in one transaction.
 * A failed write gives them back for the next try. Once an hour it deletes history and counts
 * older than anything shows (every node does; a second delete finds nothing).
 *
 * <p>Outside any container transaction: each write commits in {@link SearchHistory#write}'s own,
 * before the batch leaves {@link SearchLogBuffer}'s flight. Inside the timer's default one it
 * committed only after this method returned, so a history read in between saw the batch neither
 * waiting nor written, and a write failing at commit was lost instead of given back.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
        boolean written = false;
        try {
            history.write(waiting); // its own transaction, committed when it returns
            written = true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "search log not written yet (" + waiting.size() + " searches kept for the next try)", e);
        } finally {
            // Either way the batch is no longer in flight: clearing and erasure, waiting for it, go on.
            if (written) {
                buffer.written();
            } else {
                buffer.restore(waiting);
            }
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
