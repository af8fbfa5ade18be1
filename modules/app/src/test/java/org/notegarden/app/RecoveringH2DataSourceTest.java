package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;
import javax.sql.XADataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code kill -9} leaves of an H2 file is the file as it stands after the last write (H2
 * writes each commit with WRITE_DELAY 0; the operating system keeps what was written). A copy of
 * the file taken after each commit is therefore what a crash at that moment leaves, and opening the
 * copy is the restart. With the space of freed chunks reused at once (RETENTION_TIME 0), some
 * commits land where H2 did not expect them, and H2's own data source then opens those copies
 * without their last commit.
 */
class RecoveringH2DataSourceTest {
    private static final int COMMITS = 150;

    @TempDir
    Path dir;

    @Test
    void everyCommitInTheFileIsThereAfterTheRestart() throws Exception {
        List<Path> crashes = crashAfterEachCommit();
        List<Integer> lostByH2 = new ArrayList<>();
        for (int commit = 1; commit <= COMMITS; commit++) {
            Path copy = crashes.get(commit - 1);
            Path twin = copy.resolveSibling("twin-" + copy.getFileName());
            Files.copy(copy, twin);
            if (rows(plainH2(twin)) != commit) {
                lostByH2.add(commit);
            }
            assertEquals(commit, rows(recovering(copy)), "rows after a crash right after commit " + commit);
        }
        // If a later H2 stops losing them, this test no longer shows anything: the recovery may go.
        assertFalse(lostByH2.isEmpty(), "H2's own data source lost the last commit after some crashes");
        System.out.println("H2's own data source lost the last commit after the crashes following commits " + lostByH2);
    }

    @Test
    void aCleanlyClosedFileIsOpenedAsItIs() throws Exception {
        Path file = dir.resolve("clean");
        try (Connection c = plainH2(file).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INT PRIMARY KEY)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        Path mvDb = dir.resolve("clean.mv.db");
        assertTrue(CrashedDatabaseFile.closedCleanly(mvDb));
        assertFalse(CrashedDatabaseFile.recoverIfCrashed(mvDb), "nothing to recover");
        assertEquals(1, rows(recovering(mvDb)));
    }

    /**
     * The recovery and the recount after it trust H2's "clean" mark, so a file H2 opened again
     * after a clean close must lose the mark with its first commit: a kill right after it must be
     * seen as one.
     */
    @Test
    void theFirstCommitAfterACleanStartClearsTheCleanMark() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("restarted") + ";WRITE_DELAY=0");
        h2.setUser("sa");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INT PRIMARY KEY)");
        }
        assertTrue(CrashedDatabaseFile.closedCleanly(dir.resolve("restarted.mv.db")));
        Path copy = dir.resolve("killed.mv.db");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO t VALUES (1)");
            Files.copy(dir.resolve("restarted.mv.db"), copy);
        }
        assertFalse(CrashedDatabaseFile.closedCleanly(copy), "killed after a commit");
        assertTrue(CrashedDatabaseFile.recoverIfCrashed(copy));
        assertEquals(1, rows(recovering(copy)));
    }

    @Test
    void theConnectionPoolsWayInRecoversToo() throws Exception {
        Path copy = crashAfterEachCommit().get(COMMITS - 1);
        RecoveringH2DataSource source = recovering(copy);
        PooledConnection xa = source.getPooledConnection(); // how Payara's pool opens it
        try (Connection c = xa.getConnection(); ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            assertEquals(COMMITS, r.getInt(1));
        } finally {
            xa.close();
        }
    }

    /**
     * Payara gives a data source class that is an {@link XADataSource} an XA pool, and every
     * transaction on an XA resource becomes a distributed one: the JTS coordinator then writes its
     * log on every commit and rollback (2,225 wall-clock samples of the 10,000-buyer flash sale sat
     * in {@code TopCoordinator.rollback → CoordinatorLog.write}). H2 is this node's only resource,
     * so its pool is a plain connection pool with local transactions, as PostgreSQL's already is.
     */
    @Test
    void thePoolIsNotAnXaPoolSoTransactionsStayLocal() {
        RecoveringH2DataSource source = new RecoveringH2DataSource();
        assertFalse(source instanceof XADataSource, "an XA data source makes every transaction a distributed one");
        assertTrue(source instanceof ConnectionPoolDataSource);
    }

    /** Commits one row at a time; after each, copies the file as a crash then would leave it. */
    private List<Path> crashAfterEachCommit() throws SQLException, java.io.IOException {
        Path live = dir.resolve("live");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + live + ";WRITE_DELAY=0;RETENTION_TIME=0");
        h2.setUser("sa");
        List<Path> crashes = new ArrayList<>();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INT PRIMARY KEY, body VARCHAR(500))");
            s.execute("CREATE TABLE counter(id INT PRIMARY KEY, n INT)");
            s.execute("INSERT INTO counter VALUES (1, 0)");
            for (int commit = 1; commit <= COMMITS; commit++) {
                s.execute("INSERT INTO t VALUES (" + commit + ", REPEAT('x', " + (commit % 7) * 60 + "))");
                s.execute("UPDATE counter SET n = n + 1");
                Path copy = dir.resolve("crash-" + commit + ".mv.db");
                Files.copy(dir.resolve("live.mv.db"), copy);
                crashes.add(copy);
            }
        }
        return crashes;
    }

    /** H2's own data source on this file (also {@link CountersAfterCrashTest}'s). */
    static JdbcDataSource plainH2(Path mvDb) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + mvDb.toString().replaceFirst("\\.mv\\.db$", ""));
        h2.setUser("sa");
        return h2;
    }

    /** The app's data source on this file, as the pool opens it. */
    static RecoveringH2DataSource recovering(Path mvDb) {
        RecoveringH2DataSource h2 = new RecoveringH2DataSource();
        h2.setURL("jdbc:h2:file:" + mvDb.toString().replaceFirst("\\.mv\\.db$", ""));
        h2.setUser("sa");
        return h2;
    }

    private static int rows(DataSource source) throws SQLException {
        try (Connection c = source.getConnection(); ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            return r.getInt(1);
        }
    }
}
