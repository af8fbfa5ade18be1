package org.notegarden.community.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repair the app runs after an embedded database was not closed cleanly: community's counters
 * (likes, collects and shown comments of a note, likes and shown replies of a comment) set back to
 * what their rows say. Counters move by "n = n + 1" next to the row that justifies them, in the same transaction,
 * so they are exact as long as transactions are kept whole. H2 does not promise that across a
 * crash (its tables can come back from slightly different moments, h2database issue 2080).
 *
 * <p>Plain JDBC, for start-up: after the migrations, before the first request. Not for a live
 * database: a like committed while a note is recounted could be counted and then overwritten.
 * Each statement writes only the rows whose counter is wrong.
 *
 * <p>Here rather than inside: the counters' tables belong to several of community's packages, and
 * the face is the one place app may call.
 */
public final class CountersFromRows {
    /** A counter (its table and column) and the rows it stands for, correlated to the counted row {@code t}. */
    private record Counter(String table, String column, String rows) {
    }

    private static final List<Counter> COUNTED = List.of(
            new Counter("cm_note", "like_count", "SELECT COUNT(*) FROM cm_note_like r WHERE r.note_id = t.id"),
            new Counter("cm_note", "collect_count", "SELECT COUNT(*) FROM cm_collect r WHERE r.note_id = t.id"),
            // The comments people can see: not deleted, and not held or taken down by moderation (CommentService).
            new Counter("cm_note", "comment_count",
                    "SELECT COUNT(*) FROM cm_comment r WHERE r.note_id = t.id AND r.deleted = FALSE AND r.moderation = 'NONE'"),
            new Counter("cm_comment", "like_count", "SELECT COUNT(*) FROM cm_comment_like r WHERE r.comment_id = t.id"),
            // The replies people can see in the thread, counted the same way (CommentService).
            new Counter("cm_comment", "reply_count",
                    "SELECT COUNT(*) FROM cm_comment r WHERE r.parent_id = t.id AND r.deleted = FALSE AND r.moderation = 'NONE'"));

    private CountersFromRows() {
    }

    /**
     * Recounts in the connection's current transaction (the caller commits) and returns, per
     * counter ("table.column"), how many rows it corrected.
     */
    public static Map<String, Integer> recount(Connection connection) throws SQLException {
        Map<String, Integer> corrected = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Counter c : COUNTED) {
                String rows = "(" + c.rows() + ")";
                // Table, column and subquery are the constants above, never input.
                corrected.put(c.table() + "." + c.column(), statement.executeUpdate("UPDATE " + c.table() + " t SET " + c.column()
                        + " = " + rows + " WHERE t." + c.column() + " <> " + rows));
            }
        }
        return corrected;
    }
}
