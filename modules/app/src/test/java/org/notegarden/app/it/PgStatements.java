package org.notegarden.app.it;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each statement ran in the test database so far, from pg_stat_statements (which the
 * PostgreSQL test cluster loads): ITs take the counts before and after a few requests to check
 * what those requests cost the database.
 */
final class PgStatements {
    private PgStatements() {
    }

    /** Calls per statement text in this database so far. */
    static Map<String, Long> calls() throws Exception {
        Map<String, Long> calls = new HashMap<>();
        try (var db = TestDatabase.open(); var sql = db.createStatement(); var rows = sql.executeQuery(
                "SELECT query, calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            while (rows.next()) {
                calls.merge(rows.getString(1), rows.getLong(2), Long::sum);
            }
        }
        return calls;
    }

    /**
     * Calls and plans made so far of the statements whose text matches the pattern (the test
     * cluster tracks planning): a statement that keeps its plan is planned far less often than it runs.
     */
    static long[] callsAndPlans(String textPattern) throws Exception {
        long[] counts = new long[2];
        try (var db = TestDatabase.open(); var sql = db.createStatement(); var rows = sql.executeQuery(
                "SELECT query, calls, plans FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            while (rows.next()) {
                if (rows.getString(1) != null && rows.getString(1).matches(textPattern)) {
                    counts[0] += rows.getLong(2);
                    counts[1] += rows.getLong(3);
                }
            }
        }
        return counts;
    }

    /** Calls between the two counts of the statements whose text matches the pattern. */
    static long callsSince(Map<String, Long> before, Map<String, Long> after, String textPattern) {
        return after.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().matches(textPattern))
                .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
    }
}
