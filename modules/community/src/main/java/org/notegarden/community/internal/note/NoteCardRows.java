package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Reads the notes of a page of cards in one statement. Loading the entities took five (the notes,
 * then each of their four collections) plus Hibernate's translation of the query, whose plan it
 * does not keep for a list parameter: 22 % of a search request's CPU in the profile
 * (modules/app/README.md). A card needs only the first picture and whether any product is tagged,
 * so those are two sub-selects here. Plain JDBC, because Hibernate's mapping of a native query's
 * results was still a third of the rows' cost; the callers only read (no pending change to flush).
 */
@ApplicationScoped
public class NoteCardRows {
    private static final String SELECT = "SELECT n.id, n.author_id, n.title, n.kind, n.state, "
            + "(SELECT m.media_id FROM cm_note_media m WHERE m.note_id = n.id ORDER BY m.position FETCH FIRST 1 ROWS ONLY) AS cover_id, "
            + "n.like_count, n.review_order_id, "
            + "EXISTS (SELECT 1 FROM cm_note_product p WHERE p.note_id = n.id) AS has_products, "
            + "n.sponsor_name, n.ai_generated, n.ai_assisted, n.ai_generated_platform, n.ai_suspected_platform, "
            + "n.published_at, n.author_private, n.age_restricted FROM cm_note n WHERE n.id IN (";

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public NoteCardRows() {
    }

    /** For tests: rows read on this entity manager's connection. */
    NoteCardRows(EntityManager em) {
        this.em = em;
    }

    /** The rows of those notes that exist, in no particular order. */
    List<NoteCardRow> byIds(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(Set.copyOf(noteIds));
        return em.unwrap(Session.class).doReturningWork(c -> read(c, ids));
    }

    private static List<NoteCardRow> read(Connection c, List<Long> ids) throws SQLException {
        String sql = SELECT + "?" + ", ?".repeat(ids.size() - 1) + ")";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            List<NoteCardRow> rows = new ArrayList<>(ids.size());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    private static NoteCardRow row(ResultSet rs) throws SQLException {
        return new NoteCardRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Note.Kind.valueOf(rs.getString(4)),
                Note.State.valueOf(rs.getString(5)), JdbcColumns.longOrNull(rs, 6), rs.getInt(7), JdbcColumns.longOrNull(rs, 8) != null,
                rs.getBoolean(9), rs.getString(10), rs.getBoolean(11), rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14),
                JdbcColumns.instant(rs, 15), rs.getBoolean(16), rs.getBoolean(17));
    }
}
