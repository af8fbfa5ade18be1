package org.notegarden.platform.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * How many statements H2 ran while some work ran, from H2's own query statistics: rows read over
 * plain JDBC pass Hibernate's statistics by. {@code SET} statements are not counted: a connection
 * opened with settings in its URL runs one, which is not the work being counted.
 */
public final class H2StatementCount {
    private H2StatementCount() {
    }

    public static long during(Session session, Runnable work) {
        session.doWork(H2StatementCount::start);
        work.run();
        return session.doReturningWork(H2StatementCount::count);
    }

    /** The same for code that uses plain JDBC; {@code connection} is any connection to that database. */
    public static long during(Connection connection, JdbcWork work) throws SQLException {
        start(connection);
        work.run();
        return count(connection);
    }

    /** Work that may throw what JDBC throws. */
    public interface JdbcWork {
        void run() throws SQLException;
    }

    private static void start(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                     + "WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%' AND SQL_STATEMENT NOT LIKE 'SET %'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
