package org.notegarden.community.internal.tally;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * Adds drained sums to the statistics tables in one transaction: per table one {@code MERGE}
 * whose rows arrive as one array per column ({@code UNNEST}), adding to the row of each key that
 * has one and inserting the others. Events on notes that are not published (a client may report
 * any id) are dropped by the same statement, which joins the notes.
 *
 * <p>Why one statement and not a batch: under a long tail of notes (every read a different note, so
 * ~18,000 keys per two-second flush at 9,000 note pages/s) the batch of an UPDATE and an INSERT per
 * key held tens of thousands of bound statements for the whole round of round trips; they outlived
 * the young generation and the flushes alone promoted ~12 MB every two seconds, a full collection
 * of 0.2–0.3 s every 30–40 s (app README, "A note drawn at random"). Arrays of the same keys are
 * a few MB that live for one statement. {@code MERGE} is standard SQL: PostgreSQL 15 and H2 take
 * the same text.
 *
 * <p>On PostgreSQL the flush's transaction turns hash and merge joins off, so each key is looked
 * up through the primary keys of {@code cm_note} and {@code cm_note_stat}. Left to its estimates,
 * PostgreSQL joined a flush of ~10,000 keys by reading both tables whole into hash tables every
 * two seconds (until the statistics table grows past a few million rows): 192–224 ms a flush
 * against 94 ms by look-ups, on 100,000 notes and 200,000 statistics rows (app README, "A note
 * drawn at random", 2026-12-07, night). H2 joins by look-ups anyway.
 */
@ApplicationScoped
public class InsightWriter {
    /** Keys per statement: bounds a statement's arrays when a flush is very large (the buffer holds up to 200,000). */
    static final int KEYS_PER_STATEMENT = 10_000;

    // Days travel as ISO text arrays and are cast to dates in the statement: text and numbers are the
    // element types both drivers' createArrayOf encode alike, so one binding serves PostgreSQL and H2.
    private static final String MERGE_NOTE = "MERGE INTO cm_note_stat t USING ("
            + "SELECT u.* FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(CAST(? AS VARCHAR ARRAY) AS DATE ARRAY), "
            + "CAST(? AS SMALLINT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), "
            + "CAST(? AS VARCHAR ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY)) "
            + "AS u (note_id, stat_day, stat_hour, kind, region, locale, currency, n, amount_minor) "
            + "JOIN cm_note p ON p.id = u.note_id AND p.state = 'PUBLISHED') s "
            + "ON t.note_id = s.note_id AND t.stat_day = s.stat_day AND t.stat_hour = s.stat_hour AND t.kind = s.kind "
            + "AND t.region = s.region AND t.locale = s.locale AND t.currency = s.currency "
            + "WHEN MATCHED THEN UPDATE SET n = t.n + s.n, amount_minor = t.amount_minor + s.amount_minor "
            + "WHEN NOT MATCHED THEN INSERT (note_id, stat_day, stat_hour, kind, region, locale, currency, n, amount_minor) "
            + "VALUES (s.note_id, s.stat_day, s.stat_hour, s.kind, s.region, s.locale, s.currency, s.n, s.amount_minor)";
    private static final String MERGE_ACCOUNT = "MERGE INTO cm_account_stat t USING ("
            + "SELECT u.* FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(CAST(? AS VARCHAR ARRAY) AS DATE ARRAY), "
            + "CAST(? AS VARCHAR ARRAY), CAST(? AS BIGINT ARRAY)) AS u (account_id, stat_day, kind, n)) s "
            + "ON t.account_id = s.account_id AND t.stat_day = s.stat_day AND t.kind = s.kind "
            + "WHEN MATCHED THEN UPDATE SET n = t.n + s.n "
            + "WHEN NOT MATCHED THEN INSERT (account_id, stat_day, kind, n) VALUES (s.account_id, s.stat_day, s.kind, s.n)";

    /** A key and its sum, as the statements' columns read them. */
    private record Row(InsightBuffer.Key key, InsightBuffer.Sum sum) {
    }

    /** The application's JTA data source: its connections join the method's transaction. */
    @Resource(lookup = "java:app/jdbc/notegarden")
    DataSource dataSource;

    /** Returns how many keys were written (the sums of notes that are not published are not). */
    @Transactional(rollbackOn = SQLException.class)
    public int write(Map<InsightBuffer.Key, InsightBuffer.Sum> sums) throws SQLException {
        List<Row> notes = new ArrayList<>();
        List<Row> accounts = new ArrayList<>();
        for (var e : sums.entrySet()) {
            (e.getKey().noteId() != 0 ? notes : accounts).add(new Row(e.getKey(), e.getValue()));
        }
        int written = 0;
        try (Connection c = dataSource.getConnection()) {
            lookUpEachKey(c);
            for (int i = 0; i < notes.size(); i += KEYS_PER_STATEMENT) {
                written += merge(c, MERGE_NOTE, NOTE_COLUMNS, notes.subList(i, Math.min(notes.size(), i + KEYS_PER_STATEMENT)));
            }
            for (int i = 0; i < accounts.size(); i += KEYS_PER_STATEMENT) {
                written += merge(c, MERGE_ACCOUNT, ACCOUNT_COLUMNS, accounts.subList(i, Math.min(accounts.size(), i + KEYS_PER_STATEMENT)));
            }
        }
        return written;
    }

    /** PostgreSQL: this transaction joins by index look-ups only (see the class comment); SET LOCAL ends with it. */
    private static void lookUpEachKey(Connection c) throws SQLException {
        if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            try (Statement settings = c.createStatement()) {
                settings.execute("SET LOCAL enable_hashjoin = off");
                settings.execute("SET LOCAL enable_mergejoin = off");
            }
        }
    }

    /** One column of a {@code MERGE}'s source: its array's element type, a typed array of a size, and each row's value. */
    private record Column(String sqlType, IntFunction<Object[]> array, Function<Row, Object> value) {
    }

    private static final List<Column> NOTE_COLUMNS = List.of(
            new Column("bigint", Long[]::new, r -> r.key().noteId()),
            new Column("varchar", String[]::new, r -> isoDay(r.key())),
            new Column("integer", Integer[]::new, r -> r.key().hour()),
            new Column("varchar", String[]::new, r -> r.key().kind().name()),
            new Column("varchar", String[]::new, r -> r.key().region()),
            new Column("varchar", String[]::new, r -> r.key().locale()),
            new Column("varchar", String[]::new, r -> r.key().currency()),
            new Column("bigint", Long[]::new, r -> r.sum().n()),
            new Column("bigint", Long[]::new, r -> r.sum().amount()));
    private static final List<Column> ACCOUNT_COLUMNS = List.of(
            new Column("bigint", Long[]::new, r -> r.key().accountId()),
            new Column("varchar", String[]::new, r -> isoDay(r.key())),
            new Column("varchar", String[]::new, r -> r.key().kind().name()),
            new Column("bigint", Long[]::new, r -> r.sum().n()));

    /** A day and its ISO text. */
    private record Day(int epochDay, String iso) {
    }

    /** The last day written: nearly all of a flush's keys share one, and a text per key was garbage that outlived the flush. */
    private static volatile Day lastDay = new Day(0, "1970-01-01");

    private static String isoDay(InsightBuffer.Key key) {
        int epochDay = Math.floorDiv(key.epochHour(), 24);
        Day last = lastDay;
        if (last.epochDay() != epochDay) {
            last = new Day(epochDay, LocalDate.ofEpochDay(epochDay).toString());
            lastDay = last;
        }
        return last.iso();
    }

    /** Binds each column's values as one array, in the order of the statement's parameters. */
    private static int merge(Connection c, String sql, List<Column> columns, List<Row> rows) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Object[] values = column.array().apply(rows.size());
                for (int r = 0; r < values.length; r++) {
                    values[r] = column.value().apply(rows.get(r));
                }
                merge.setArray(i + 1, c.createArrayOf(column.sqlType(), values));
            }
            return merge.executeUpdate();
        }
    }
}
