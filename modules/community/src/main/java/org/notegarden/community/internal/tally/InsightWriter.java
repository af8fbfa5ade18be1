package org.notegarden.community.internal.tally;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.notegarden.community.api.NoteLookup;

/**
 * Adds drained sums to the statistics tables in one transaction with JDBC batches: an UPDATE
 * per key, then an INSERT for the keys no row matched. Events on notes that are not published
 * (a client may report any id) are dropped here, with one query for the whole batch.
 */
@ApplicationScoped
public class InsightWriter {
    private static final String UPDATE_NOTE = "UPDATE cm_note_stat SET n = n + ?, amount_minor = amount_minor + ? "
            + "WHERE note_id = ? AND stat_day = ? AND stat_hour = ? AND kind = ? AND region = ? AND locale = ? AND currency = ?";
    private static final String INSERT_NOTE = "INSERT INTO cm_note_stat (n, amount_minor, note_id, stat_day, stat_hour, kind, region, "
            + "locale, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_ACCOUNT = "UPDATE cm_account_stat SET n = n + ? WHERE account_id = ? AND stat_day = ? AND kind = ?";
    private static final String INSERT_ACCOUNT = "INSERT INTO cm_account_stat (n, account_id, stat_day, kind) VALUES (?, ?, ?, ?)";

    NoteLookup notes;

    @Inject
    public InsightWriter(NoteLookup notes) {
        this.notes = notes;
    }

    /** For the CDI container's proxy only. */
    protected InsightWriter() {
    }
    /** The application's JTA data source: its connections join the method's transaction. */
    @Resource(lookup = "java:app/jdbc/notegarden")
    DataSource dataSource;

    /** Returns how many keys were written. */
    @Transactional(rollbackOn = SQLException.class)
    public int write(Map<InsightBuffer.Key, InsightBuffer.Sum> sums) throws SQLException {
        List<Map.Entry<InsightBuffer.Key, InsightBuffer.Sum>> notes = new ArrayList<>();
        List<Map.Entry<InsightBuffer.Key, InsightBuffer.Sum>> accounts = new ArrayList<>();
        Set<Long> noteIds = new HashSet<>();
        for (var e : sums.entrySet()) {
            if (e.getKey().noteId() != 0) {
                notes.add(e);
                noteIds.add(e.getKey().noteId());
            } else {
                accounts.add(e);
            }
        }
        Set<Long> published = published(noteIds);
        notes.removeIf(e -> !published.contains(e.getKey().noteId()));
        try (Connection c = dataSource.getConnection()) {
            upsert(c, notes, UPDATE_NOTE, INSERT_NOTE, true);
            upsert(c, accounts, UPDATE_ACCOUNT, INSERT_ACCOUNT, false);
        }
        return notes.size() + accounts.size();
    }

    private Set<Long> published(Set<Long> ids) {
        Set<Long> out = new HashSet<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            out.addAll(notes.published(all.subList(i, Math.min(all.size(), i + 1000))).keySet());
        }
        return out;
    }

    private static void upsert(Connection c, List<Map.Entry<InsightBuffer.Key, InsightBuffer.Sum>> rows, String update,
                               String insert, boolean onNote) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int[] updated;
        try (PreparedStatement u = c.prepareStatement(update)) {
            for (var e : rows) {
                bind(u, e.getKey(), e.getValue(), onNote);
                u.addBatch();
            }
            updated = u.executeBatch();
        }
        try (PreparedStatement i = c.prepareStatement(insert)) {
            boolean any = false;
            for (int k = 0; k < rows.size(); k++) {
                if (updated[k] == 0) {
                    bind(i, rows.get(k).getKey(), rows.get(k).getValue(), onNote);
                    i.addBatch();
                    any = true;
                }
            }
            if (any) {
                i.executeBatch();
            }
        }
    }

    /** Same parameter order for UPDATE and INSERT: the sums, then the key. */
    private static void bind(PreparedStatement s, InsightBuffer.Key k, InsightBuffer.Sum sum,
            boolean onNote) throws SQLException {
        int p = 1;
        s.setLong(p++, sum.n());
        if (onNote) {
            s.setLong(p++, sum.amount());
            s.setLong(p++, k.noteId());
            s.setDate(p++, Date.valueOf(k.day()));
            s.setInt(p++, k.hour());
            s.setString(p++, k.kind().name());
            s.setString(p++, k.region());
            s.setString(p++, k.locale());
            s.setString(p, k.currency());
        } else {
            s.setLong(p++, k.accountId());
            s.setDate(p++, Date.valueOf(k.day()));
            s.setString(p, k.kind().name());
        }
    }
}
