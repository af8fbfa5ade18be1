package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's plan for a look-up in the test database, with sequential scans discouraged
 * ({@code enable_seqscan = off}): PostgreSQL then reads a table sequentially only when no index
 * can answer. The test tables are small, so a plan without that setting would read them
 * sequentially whether or not an index exists; what matters is the table at a million rows.
 */
final class PgPlans {
    /** A plan node that reads an index, and the index's name. */
    private static final Pattern INDEX_NODE = Pattern.compile("(?:Index Scan|Index Only Scan) using (\\w+)|Bitmap Index Scan on (\\w+)");

    private PgPlans() {
    }

    /**
     * Fails unless PostgreSQL answers {@code sql} by looking {@code column} up in an index that
     * begins with it (not by reading and filtering). An index that has the column further back
     * shows the same {@code Index Cond} line, but PostgreSQL then reads the whole index: a table's
     * two-column key (comment, account) answered "by account" that way.
     */
    static void assertLooksUpByIndex(String sql, String column) throws Exception {
        String plan = plan(sql);
        List<String> lines = plan.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Index Cond:") && lines.get(i).contains(column)) {
                String index = indexAbove(lines, i);
                assertEquals(column, leadingColumn(index), sql + " must look " + column + " up in an index that begins with it; "
                        + index + " does not:\n" + plan);
                return;
            }
        }
        fail(sql + " must look " + column + " up in an index:\n" + plan);
    }

    /** The index of the plan node whose condition is on line {@code at}. */
    private static String indexAbove(List<String> lines, int at) {
        for (int i = at; i >= 0; i--) {
            Matcher node = INDEX_NODE.matcher(lines.get(i));
            if (node.find()) {
                return node.group(1) != null ? node.group(1) : node.group(2);
            }
        }
        throw new AssertionError("no index named above line " + at + " of the plan: " + lines);
    }

    private static String leadingColumn(String index) throws Exception {
        try (var db = TestDatabase.open(); var first = db.prepareStatement("SELECT a.attname FROM pg_index i "
                + "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
                + "WHERE c.relname = ?")) {
            first.setString(1, index);
            try (ResultSet row = first.executeQuery()) {
                return row.next() ? row.getString(1) : "(no index " + index + ")";
            }
        }
    }

    static String plan(String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (var db = TestDatabase.open(); var statement = db.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
