package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Reads one note for its page in two plain statements: its row, then its four lists at once.
 * Loading the entity (one statement joining the four lists, then Hibernate building the entity
 * and its collections) was 19 % of a note page's CPU in the profile (modules/app/README.md), and
 * the page only reads the note. Writes still load the entity.
 */
@ApplicationScoped
public class NotePageRows {
    private static final String NOTE = "SELECT id, author_id, title, body, kind, state, location_name, like_count, collect_count, "
            + "comment_count, age_restricted, author_private, moderation_label, statement_id, ip_location, created_at, updated_at, "
            + "published_at, review_order_id, review_product_id, sponsor_name, sponsor_by_platform, ai_generated, ai_assisted, "
            + "ai_generated_platform, ai_suspected_platform, collab_id FROM cm_note WHERE id = ?";
    /**
     * The four lists as (list, position, id, topic) rows; media and products by position. The union
     * sits inside a plain SELECT because H2 keeps the parsed plan of a SELECT for the next call but
     * parses a bare UNION every time (7 % of a note page's CPU in the profile).
     */
    private static final String LISTS = "SELECT list, position, ref_id, topic FROM ("
            + "SELECT 'M' AS list, position, media_id AS ref_id, CAST(NULL AS VARCHAR) AS topic FROM cm_note_media WHERE note_id = ? "
            + "UNION ALL SELECT 'P', position, product_id, CAST(NULL AS VARCHAR) FROM cm_note_product WHERE note_id = ? "
            + "UNION ALL SELECT 'A', 0, account_id, CAST(NULL AS VARCHAR) FROM cm_note_mention WHERE note_id = ? "
            + "UNION ALL SELECT 'T', 0, CAST(NULL AS BIGINT), topic FROM cm_note_topic WHERE note_id = ?"
            + ") AS lists ORDER BY list, position";

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public NotePageRows() {
    }

    /** For tests: statements run on this entity manager's connection. */
    NotePageRows(EntityManager em) {
        this.em = em;
    }

    /** The note, whatever its state (the caller decides who may see it), or empty if there is none. */
    Optional<NotePage> byId(long noteId) {
        return em.unwrap(Session.class).doReturningWork(c -> read(c, noteId));
    }

    private static Optional<NotePage> read(Connection c, long noteId) throws SQLException {
        NotePage.Row row;
        try (PreparedStatement note = c.prepareStatement(NOTE)) {
            note.setLong(1, noteId);
            try (ResultSet rs = note.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                row = row(rs);
            }
        }
        List<Long> media = new ArrayList<>();
        List<Long> products = new ArrayList<>();
        Set<Long> mentions = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        try (PreparedStatement lists = c.prepareStatement(LISTS)) {
            for (int i = 1; i <= 4; i++) {
                lists.setLong(i, noteId);
            }
            try (ResultSet rs = lists.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "M" -> media.add(rs.getLong(3));
                        case "P" -> products.add(rs.getLong(3));
                        case "A" -> mentions.add(rs.getLong(3));
                        default -> topics.add(rs.getString(4));
                    }
                }
            }
        }
        return Optional.of(new NotePage(row, media, topics, mentions, products));
    }

    private static NotePage.Row row(ResultSet rs) throws SQLException {
        return new NotePage.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Note.Kind.valueOf(rs.getString(5)),
                Note.State.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getBoolean(11),
                rs.getBoolean(12), rs.getBoolean(13), JdbcColumns.longOrNull(rs, 14), rs.getString(15), JdbcColumns.instant(rs, 16), JdbcColumns.instant(rs, 17),
                JdbcColumns.instant(rs, 18), JdbcColumns.longOrNull(rs, 19), JdbcColumns.longOrNull(rs, 20), rs.getString(21), rs.getBoolean(22), rs.getBoolean(23),
                rs.getBoolean(24), rs.getBoolean(25), rs.getBoolean(26), JdbcColumns.longOrNull(rs, 27));
    }
}
