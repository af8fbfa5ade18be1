package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;

/**
 * PostgreSQL's plan for a look-up in the test database, with sequential scans discouraged
 * ({@code enable_seqscan = off}): PostgreSQL then reads a table sequentially only when no index
 * can answer. The test tables are small, so a plan without that setting would read them
 * sequentially whether or not an index exists; what matters is the table at a million rows.
 */
final class PgPlans {
    private PgPlans() {
    }

    /** Fails unless PostgreSQL answers {@code sql} by looking {@code column} up in an index (not by reading and filtering). */
    static void assertLooksUpByIndex(String sql, String column) throws Exception {
        String plan = plan(sql);
        assertTrue(plan.lines().anyMatch(line -> line.contains("Index Cond:") && line.contains(column)),
                sql + " must look " + column + " up in an index:\n" + plan);
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
