package org.notegarden.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes every commit the server acknowledges survive a crash of the process. H2 keeps commits
 * in memory for up to half a second by default (its write delay), so a {@code kill -9} lost
 * comments and orders that had been answered 201. {@code SET WRITE_DELAY 0} writes each commit
 * to the file before the commit returns. It is a persistent database setting, so it is set at
 * every start whatever URL the operator configured. PostgreSQL is durable by itself and is left
 * alone (its {@code synchronous_commit} is the operator's to choose).
 */
final class DurableCommits {
    private static final Logger LOG = Logger.getLogger(DurableCommits.class.getName());

    private DurableCommits() {
    }

    static void ensure(DataSource dataSource, String vendor) {
        if (!"h2".equals(vendor)) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make H2 write each commit before acknowledging it", e);
        }
        LOG.info("H2 writes every commit to disk before acknowledging it (WRITE_DELAY 0)");
    }
}
