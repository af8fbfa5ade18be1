package org.notegarden.platform.testing;

import java.sql.ResultSet;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * How many statements H2 ran while some work ran, from H2's own query statistics: rows read over
 * plain JDBC pass Hibernate's statistics by.
 */
public final class H2StatementCount {
    private H2StatementCount() {
    }

    public static long during(Session session, Runnable work) {
        session.doWork(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS FALSE");
                s.execute("SET QUERY_STATISTICS TRUE");
            }
        });
        work.run();
        return session.doReturningWork(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                         + "WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
