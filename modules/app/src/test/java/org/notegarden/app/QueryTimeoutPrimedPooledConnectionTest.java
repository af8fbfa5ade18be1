package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.PooledConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate asks every statement it closes for its query timeout. H2 answers the first such
 * question on each connection handle by querying INFORMATION_SCHEMA.SETTINGS, which walks every
 * chunk of the file, and its pooled connection hands out a new handle for every transaction: 7 % of
 * checkout's CPU and 11 % of the server's in a flash sale went there (async-profiler).
 */
class QueryTimeoutPrimedPooledConnectionTest {
    @TempDir
    Path dir;

    @Test
    void aTransactionsHandleKnowsItsQueryTimeoutWithoutReadingTheSettingsTable() throws Exception {
        PooledConnection pooled = source(";QUERY_STATISTICS=TRUE").getPooledConnection();
        try {
            for (int transaction = 0; transaction < 20; transaction++) {
                Connection handle = pooled.getConnection();
                try (Statement s = handle.createStatement()) {
                    s.execute("SELECT 1");
                    assertEquals(0, s.getQueryTimeout()); // what Hibernate asks before closing a statement
                }
                handle.close();
            }
            try (Connection c = pooled.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                         + "WHERE SQL_STATEMENT LIKE '%FROM INFORMATION_SCHEMA.SETTINGS%' AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
                r.next();
                // The first handle asks H2 once; before, every one of the 20 did.
                assertEquals(1, r.getInt(1), "reads of INFORMATION_SCHEMA.SETTINGS for 20 transactions on one pooled connection");
            }
        } finally {
            pooled.close();
        }
    }

    @Test
    void aConfiguredQueryTimeoutIsKept() throws Exception {
        PooledConnection pooled = source(";QUERY_TIMEOUT=3000").getPooledConnection();
        try {
            for (int transaction = 0; transaction < 3; transaction++) {
                Connection handle = pooled.getConnection();
                try (Statement s = handle.createStatement()) {
                    assertEquals(3, s.getQueryTimeout(), "seconds, transaction " + transaction);
                }
                handle.close();
            }
        } finally {
            pooled.close();
        }
    }

    private RecoveringH2DataSource source(String settings) {
        RecoveringH2DataSource source = new RecoveringH2DataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve("db") + settings);
        source.setUser("sa");
        source.setPassword("");
        return source;
    }
}
