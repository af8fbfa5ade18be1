package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash can bring back part of an H2 transaction (a comment without its note's increment, as
 * {@code CrashDurabilityIT} once saw). Here the torn state is written on purpose: counters that
 * disagree with their rows, in a file copied while open (what {@code kill -9} leaves, see
 * {@link RecoveringH2DataSourceTest}). The start-up path of the app (recovery when the pool first
 * opens the file, then the migrations, then the recount) must put every counter back to its rows;
 * a cleanly closed file keeps what it says.
 */
class CountersAfterCrashTest {
    private static final long NOTE = 10;
    private static final long COMMENT = 20;

    @TempDir
    Path dir;
    private Path crashed;
    private Path clean;

    @BeforeEach
    void tornCountersInAFileKilledWhileOpen() throws Exception {
        JdbcDataSource live = RecoveringH2DataSourceTest.plainH2(dir.resolve("live.mv.db"));
        live.setURL(live.getURL() + ";WRITE_DELAY=0"); // as the default URL has it: every commit on disk at once
        ModuleMigrations.migrate(live, getClass().getClassLoader());
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            CountedRows.people(s, 4);
            // The counters as a torn crash could leave them: none of them agrees with its rows.
            CountedRows.note(s, NOTE, 7, 0, 9);
            for (long person = 2; person <= 4; person++) {
                s.execute("INSERT INTO cm_note_like (note_id, account_id, created_at) VALUES (" + NOTE + ", " + person + ", CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO cm_collect (account_id, note_id, created_at) VALUES (2, " + NOTE + ", CURRENT_TIMESTAMP)");
            CountedRows.comment(s, COMMENT, NOTE, 2, false, "NONE", 4);
            CountedRows.comment(s, COMMENT + 1, NOTE, 3, false, "NONE", 0);
            CountedRows.comment(s, COMMENT + 2, NOTE, 4, false, "HELD", 0); // stored, not shown: not counted
            CountedRows.comment(s, COMMENT + 3, NOTE, 4, true, "NONE", 0); // deleted: not counted
            s.execute("INSERT INTO cm_comment_like (comment_id, account_id, created_at) VALUES (" + COMMENT + ", 1, CURRENT_TIMESTAMP)");
            CountedRows.reply(s, COMMENT + 4, NOTE, 3, COMMENT, false, "NONE");
            CountedRows.reply(s, COMMENT + 5, NOTE, 4, COMMENT, false, "HELD"); // not shown: not counted on its thread
            CountedRows.reply(s, COMMENT + 6, NOTE, 4, COMMENT, true, "NONE"); // deleted: not counted
            CountedRows.replyCount(s, COMMENT, 3);
            crashed = dir.resolve("crashed.mv.db");
            Files.copy(dir.resolve("live.mv.db"), crashed);
        }
        clean = dir.resolve("live.mv.db"); // closed with its connection: a clean shutdown
        assertTrue(CrashedDatabaseFile.closedCleanly(clean));
    }

    @Test
    void afterACrashEveryCounterIsBackToItsRows() throws Exception {
        DataSource restarted = RecoveringH2DataSourceTest.recovering(crashed);
        Map<String, Integer> corrected = startUp(restarted);

        assertEquals(Map.of("cm_note.like_count", 1, "cm_note.collect_count", 1, "cm_note.comment_count", 1,
                "cm_comment.like_count", 1, "cm_comment.reply_count", 1), corrected);
        assertEquals(List.of(3L, 1L, 3L, 1L, 1L), counters(restarted),
                "likes, collects, shown comments, the comment's likes, its shown replies");
        assertEquals(Map.of(), startUp(restarted), "once per crash: the next start of the same file finds nothing to do");
    }

    @Test
    void aCleanlyClosedFileKeepsItsCounters() throws Exception {
        DataSource restarted = RecoveringH2DataSourceTest.recovering(clean);
        assertEquals(Map.of(), startUp(restarted));
        assertEquals(List.of(7L, 0L, 9L, 4L, 3L), counters(restarted), "counters are trusted after a clean shutdown");
    }

    /** What the server does on start: the pool's first connection (recovery), the migrations, the recount. */
    private Map<String, Integer> startUp(DataSource source) {
        ModuleMigrations.migrate(source, getClass().getClassLoader());
        return CountersAfterCrash.recountIfCrashed(source);
    }

    private static List<Long> counters(DataSource source) throws SQLException {
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT n.like_count, n.collect_count, n.comment_count, c.like_count, c.reply_count FROM cm_note n "
                     + "JOIN cm_comment c ON c.id = " + COMMENT + " WHERE n.id = " + NOTE)) {
            r.next();
            return List.of(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
        }
    }
}
