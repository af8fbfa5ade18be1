package org.notegarden.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.notegarden.community.api.CountersFromRows;

/**
 * After H2 was not closed cleanly, counts the counters again from their rows. A crash can bring
 * back part of a transaction on H2 (h2database issue 2080: a stored version is consistent per
 * table, not across tables): a comment without the increment of its note's counter, or the other
 * way round ({@code h2-kill-check.sh} saw 8 torn rounds of 39). The recount runs once, after the
 * migrations and before the first request, so nothing writes meanwhile. PostgreSQL keeps
 * transactions whole and never needs it.
 */
final class CountersAfterCrash {
    private static final Logger LOG = Logger.getLogger(CountersAfterCrash.class.getName());
    /** Files this start recovered after they were not closed cleanly, each taken by its recount. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    private CountersAfterCrash() {
    }

    /** Called when this database file was found not closed cleanly and recovered. */
    static void crashed(Path file) {
        PENDING.add(normalised(file));
    }

    /**
     * Recounts if the file this data source opens was recovered and not yet recounted; returns the
     * rows corrected per counter, or nothing. The file is found from the connection's own URL, as
     * the pool that hands the connection out does not say which it is.
     */
    static Map<String, Integer> recountIfCrashed(DataSource dataSource) {
        if (PENDING.isEmpty()) {
            return Map.of(); // PostgreSQL, and every clean start
        }
        long began = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Optional<Path> file = EmbeddedDatabaseFile.of(c.getMetaData().getURL()).map(CountersAfterCrash::normalised);
            if (file.isEmpty() || !PENDING.remove(file.get())) {
                return Map.of();
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<String, Integer> corrected = CountersFromRows.recount(c);
                c.commit();
                LOG.info(() -> "Counters recounted after an unclean shutdown in " + (System.nanoTime() - began) / 1_000_000
                        + " ms; rows corrected: " + corrected);
                return corrected;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                PENDING.add(file.get()); // a deployment tried again in this server recounts again
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // The server must not start serving counts that may be wrong.
            throw new IllegalStateException("could not recount the counters after an unclean shutdown", e);
        }
    }

    private static Path normalised(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
