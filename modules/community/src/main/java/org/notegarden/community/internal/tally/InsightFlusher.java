package org.notegarden.community.internal.tally;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the buffered sums every two seconds (and once more at shutdown). A failed write puts
 * the sums back to be tried again, so a database hiccup delays figures but loses none.
 *
 * <p>Outside any container transaction: {@link InsightWriter#write} commits in its own before it
 * returns, so a commit that fails reaches the catch below and the sums are given back. Inside the
 * timer's default transaction the commit came after this method had returned, and sums whose
 * commit failed were lost.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InsightFlusher {
    private static final Logger LOG = Logger.getLogger(InsightFlusher.class.getName());

    @Inject
    InsightBuffer buffer;
    @Inject
    InsightWriter writer;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    public void flush() {
        var sums = buffer.drain();
        if (sums.isEmpty()) {
            return;
        }
        try {
            writer.write(sums);
        } catch (Exception e) {
            buffer.restore(sums);
            LOG.log(Level.WARNING, "insights not written yet (" + sums.size() + " sums kept for the next try)", e);
        }
    }

    @PreDestroy
    void lastFlush() {
        flush();
    }
}
