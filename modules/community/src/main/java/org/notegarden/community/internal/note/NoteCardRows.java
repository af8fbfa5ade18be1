package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.notegarden.platform.api.ReadTogether;

/**
 * Reads the notes of a page of cards in one statement. Loading the entities took five (the notes,
 * then each of their four collections) plus Hibernate's translation of the query, whose plan it
 * does not keep for a list parameter: 22 % of a search request's CPU in the profile
 * (modules/app/README.md). A card needs only the first picture and whether any product is tagged,
 * so those are two sub-selects here. Plain JDBC, because Hibernate's mapping of a native query's
 * results was still a third of the rows' cost; the callers only read (no pending change to flush).
 * Pages asked for at the same moment (searches, feeds, boards) share one statement
 * ({@link ReadTogether}); the ids are one array parameter, so the statement's text and plan are
 * the same however many notes it reads.
 */
@ApplicationScoped
public class NoteCardRows {
    private static final String SELECT = "SELECT n.id, n.author_id, n.title, n.kind, n.state, "
            + "(SELECT m.media_id FROM cm_note_media m WHERE m.note_id = n.id ORDER BY m.position FETCH FIRST 1 ROWS ONLY) AS cover_id, "
            + "n.like_count, n.review_order_id, "
            + "EXISTS (SELECT 1 FROM cm_note_product p WHERE p.note_id = n.id) AS has_products, "
            + "n.sponsor_name, n.ai_generated, n.ai_assisted, n.ai_generated_platform, n.ai_suspected_platform, "
            + "n.published_at, n.author_private, n.age_restricted FROM cm_note n WHERE n.id = ANY(?)";

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public NoteCardRows() {
    }

    /** For tests: rows read on this entity manager's connection. */
    NoteCardRows(EntityManager em) {
        this.em = em;
    }

    private final ReadTogether<Long, NoteCardRow> together = new ReadTogether<>(2, 256, this::byIdsAlone);

    /** The rows of those notes that exist, in no particular order. */
    List<NoteCardRow> byIds(Collection<Long> noteIds) {
        return List.copyOf(together.getAll(noteIds).values());
    }

    private Map<Long, NoteCardRow> byIdsAlone(Set<Long> noteIds) {
        return em.unwrap(Session.class).doReturningWork(c -> read(c, noteIds));
    }

    private static Map<Long, NoteCardRow> read(Connection c, Set<Long> noteIds) throws SQLException {
        Map<Long, NoteCardRow> rows = new HashMap<>();
        Array ids = c.createArrayOf("bigint", noteIds.toArray(new Long[0]));
        try (PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setArray(1, ids);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    NoteCardRow row = row(rs);
                    rows.put(row.id(), row);
                }
            }
        } finally {
            ids.free();
        }
        return rows;
    }

    private static NoteCardRow row(ResultSet rs) throws SQLException {
        return new NoteCardRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Note.Kind.valueOf(rs.getString(4)),
                Note.State.valueOf(rs.getString(5)), JdbcColumns.longOrNull(rs, 6), rs.getInt(7), JdbcColumns.longOrNull(rs, 8) != null,
                rs.getBoolean(9), rs.getString(10), rs.getBoolean(11), rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14),
                JdbcColumns.instant(rs, 15), rs.getBoolean(16), rs.getBoolean(17));
    }
}
