package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before the erasure and held-comment fixes can hold counters that disagree
 * with their rows; the upgrade (community V26) sets them back once. Here a database at V25 gets
 * such counters, then the app's migrations run as at start-up.
 */
class CounterRepairMigrationTest {
    @TempDir
    Path dir;

    @Test
    void theUpgradeSetsDriftedCountersBackToTheirRows() throws Exception {
        JdbcDataSource h2 = databaseAt("old.mv.db", "25");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            CountedRows.people(s, 3);
            // As the old erasure left it: person 3's like and collect gone, their comment hidden, the counts kept.
            CountedRows.note(s, 10, 2, 2, 2);
            s.execute("INSERT INTO cm_note_like (note_id, account_id, created_at) VALUES (10, 2, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO cm_collect (account_id, note_id, created_at) VALUES (2, 10, CURRENT_TIMESTAMP)");
            CountedRows.comment(s, 20, 10, 2, false, "NONE", 1);
            CountedRows.comment(s, 21, 10, 3, true, "NONE", 0);
        }

        ModuleMigrations.migrate(h2, getClass().getClassLoader());

        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT n.like_count, n.collect_count, n.comment_count, c.like_count FROM cm_note n "
                     + "JOIN cm_comment c ON c.id = 20 WHERE n.id = 10")) {
            r.next();
            assertEquals(List.of(1, 1, 1, 0), List.of(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4)),
                    "likes, collects, shown comments, the comment's likes");
        }
    }

    /**
     * Before replies were counted as shown (community V28), a held reply let through was never
     * counted on its thread and a reply deleted or taken down was never taken off; the upgrade
     * counts each thread's shown replies once.
     */
    @Test
    void theUpgradeCountsEachThreadsShownReplies() throws Exception {
        JdbcDataSource h2 = databaseAt("replies.mv.db", "27");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            CountedRows.people(s, 4);
            CountedRows.note(s, 10, 0, 0, 5);
            CountedRows.comment(s, 20, 10, 2, false, "NONE", 0);
            CountedRows.reply(s, 21, 10, 3, 20, false, "NONE"); // let through after being held: was never counted
            CountedRows.reply(s, 22, 10, 4, 20, true, "NONE"); // deleted by its author: was counted still
            CountedRows.reply(s, 23, 10, 4, 20, false, "REMOVED"); // taken down: was counted still
            CountedRows.replyCount(s, 20, 2);
            CountedRows.comment(s, 30, 10, 3, false, "NONE", 0);
            CountedRows.reply(s, 31, 10, 2, 30, false, "NONE"); // let through after being held
        }

        ModuleMigrations.migrate(h2, getClass().getClassLoader());

        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, reply_count FROM cm_comment WHERE id IN (20, 21, 30) ORDER BY id")) {
            List<List<Integer>> counts = new java.util.ArrayList<>();
            while (r.next()) {
                counts.add(List.of(r.getInt(1), r.getInt(2)));
            }
            assertEquals(List.of(List.of(20, 1), List.of(21, 0), List.of(30, 1)), counts, "each thread counts its shown replies");
        }
    }

    /** A new H2 file with compliance's migrations and community's up to {@code communityVersion}: a database before the upgrade. */
    private JdbcDataSource databaseAt(String file, String communityVersion) {
        JdbcDataSource h2 = RecoveringH2DataSourceTest.plainH2(dir.resolve(file));
        Flyway.configure(getClass().getClassLoader()).dataSource(h2).locations("classpath:db/migration/compliance")
                .table("flyway_history_compliance").load().migrate();
        Flyway.configure(getClass().getClassLoader()).dataSource(h2).locations("classpath:db/migration/community", "classpath:db/vendor/h2/community")
                .table("flyway_history_community").baselineOnMigrate(true).baselineVersion("0").target(communityVersion).load().migrate();
        return h2;
    }
}
