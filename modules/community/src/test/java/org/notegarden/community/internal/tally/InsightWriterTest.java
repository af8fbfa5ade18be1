package org.notegarden.community.internal.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.H2StatementCount;

/**
 * The flush that adds buffered sums to the statistics tables, on the tables the migrations make.
 * On H2 in memory; {@code -Dnotegarden.test.insights.url=jdbc:postgresql://…} (with {@code .user} and
 * {@code .password}) runs the same against PostgreSQL.
 */
class InsightWriterTest {
    private static final String URL = System.getProperty("notegarden.test.insights.url", "jdbc:h2:mem:insight-writer;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("notegarden.test.insights.user", "sa");
    private static final String PASSWORD = System.getProperty("notegarden.test.insights.password", "");
    private static final LocalDate DAY = LocalDate.parse("2026-12-07");

    private InsightWriter writer;

    @BeforeEach
    void tables() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS cm_note_stat");
            s.execute("DROP TABLE IF EXISTS cm_account_stat");
            s.execute("DROP TABLE IF EXISTS cm_note");
            s.execute("DROP TABLE IF EXISTS cm_account");
            // Only what the statistics tables' foreign keys and the published check need of these two.
            s.execute("CREATE TABLE cm_account (id BIGINT PRIMARY KEY)");
            s.execute("CREATE TABLE cm_note (id BIGINT PRIMARY KEY, state VARCHAR(12) NOT NULL)");
            for (String statement : migration("db/migration/community/V3__insights.sql")) {
                s.execute(statement);
            }
            s.execute("INSERT INTO cm_account (id) VALUES (7), (8)");
            s.execute("INSERT INTO cm_note (id, state) VALUES (1, 'PUBLISHED'), (2, 'PUBLISHED'), (3, 'DRAFT'), (4, 'DELETED')");
            s.execute("INSERT INTO cm_note_stat (note_id, stat_day, stat_hour, kind, region, locale, currency, n, amount_minor) "
                    + "VALUES (1, DATE '2026-12-07', 10, 'READ', 'CN', 'zh-CN', '', 5, 0)");
            s.execute("INSERT INTO cm_account_stat (account_id, stat_day, kind, n) VALUES (7, DATE '2026-12-07', 'FOLLOW_GAINED', 2)");
        }
        writer = new InsightWriter();
        writer.dataSource = dataSource();
    }

    @Test
    void sumsAreAddedToTheirRowsOrStartNewOnesAndOnlyPublishedNotesCount() throws Exception {
        Map<InsightBuffer.Key, InsightBuffer.Sum> sums = new HashMap<>();
        sums.put(onNote(1, 10, InsightKind.READ, "CN", "zh-CN", ""), sum(3, 0));
        sums.put(onNote(1, 11, InsightKind.READ, "CN", "zh-CN", ""), sum(1, 0));
        sums.put(onNote(2, 10, InsightKind.ORDER, "US", "en", "USD"), sum(2, 4_500));
        sums.put(onNote(3, 10, InsightKind.READ, "CN", "zh-CN", ""), sum(4, 0));  // a draft
        sums.put(onNote(4, 10, InsightKind.READ, "CN", "zh-CN", ""), sum(1, 0));  // deleted
        sums.put(onNote(99, 10, InsightKind.READ, "CN", "zh-CN", ""), sum(1, 0)); // never existed (a client may report any id)
        sums.put(onAccount(7), sum(1, 0));
        sums.put(onAccount(8), sum(4, 0));

        assertEquals(5, writer.write(sums), "two keys of note 1, one of note 2, both accounts");

        assertEquals(Map.of(
                        "1 10 READ CN zh-CN ", "8 0",
                        "1 11 READ CN zh-CN ", "1 0",
                        "2 10 ORDER US en USD", "2 4500"),
                rows("SELECT note_id, stat_hour, kind, region, locale, currency, n, amount_minor FROM cm_note_stat", 6));
        assertEquals(Map.of("7 FOLLOW_GAINED", "3", "8 FOLLOW_GAINED", "4"),
                rows("SELECT account_id, kind, n FROM cm_account_stat", 2));
    }

    @Test
    void writingThousandsOfSumsTakesAStatementPerTableNotOnePerSum() throws Exception {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO cm_note (id, state) VALUES (?, 'PUBLISHED')")) {
            for (long id = 1_000; id < 3_000; id++) {
                insert.setLong(1, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<InsightBuffer.Key, InsightBuffer.Sum> sums = new HashMap<>();
        for (long id = 1_000; id < 3_000; id++) {
            sums.put(onNote(id, 10, InsightKind.READ, "CN", "zh-CN", ""), sum(1, 0));
        }
        sums.put(onAccount(8), sum(1, 0));
        if (URL.startsWith("jdbc:h2")) { // statements are counted with H2's own statistics
            try (Connection c = connect()) {
                long statements = H2StatementCount.during(c, () -> assertEquals(2_001, writer.write(sums)));
                assertTrue(statements <= 2, "2,001 sums in " + statements + " statements");
            }
        } else {
            assertEquals(2_001, writer.write(sums));
        }
        assertEquals(Map.of("1000", "1", "2999", "1"),
                rows("SELECT note_id, n FROM cm_note_stat WHERE note_id IN (1000, 2999)", 1));
    }

    private static InsightBuffer.Key onNote(long noteId, int hour, InsightKind kind, String region, String locale, String currency) {
        return new InsightBuffer.Key(noteId, 0, hoursSince1970(hour), kind, region, locale, currency);
    }

    private static InsightBuffer.Key onAccount(long accountId) {
        return new InsightBuffer.Key(0, accountId, hoursSince1970(0), InsightKind.FOLLOW_GAINED, "", "", "");
    }

    /** The key's hour: DAY's given hour, as hours since 1970-01-01T00:00Z. */
    private static int hoursSince1970(int hour) {
        return Math.toIntExact(DAY.toEpochDay() * 24 + hour);
    }

    private static InsightBuffer.Sum sum(long n, long amount) {
        InsightBuffer.Sum sum = new InsightBuffer.Sum();
        sum.add(n, amount);
        return sum;
    }

    /** Each row as "key columns" → "value columns", the first {@code keyColumns} columns being the key. */
    private static Map<String, String> rows(String sql, int keyColumns) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                StringBuilder value = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    StringBuilder to = i <= keyColumns ? key : value;
                    to.append(to.isEmpty() ? "" : " ").append(rs.getString(i));
                }
                out.put(key.toString(), value.toString());
            }
        }
        return out;
    }

    /** The migration's statements, its comment lines dropped. */
    private static String[] migration(String resource) throws IOException {
        try (InputStream in = InsightWriterTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toArray(String[]::new);
        }
    }

    private static javax.sql.DataSource dataSource() {
        if (URL.startsWith("jdbc:h2")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(URL);
            h2.setUser(USER);
            h2.setPassword(PASSWORD);
            return h2;
        }
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(URL);
        pg.setUser(USER);
        pg.setPassword(PASSWORD);
        return pg;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
