package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.notegarden.platform.api.ReadTogether;

/**
 * Reads notes for their pages in one plain statement: their rows, joined to their four lists. Loading
 * the entity (one statement joining the four lists, then Hibernate building the entity and its
 * collections) was 19 % of a note page's CPU in the profile (modules/app/README.md), and the page
 * only reads the note. Writes still load the entity.
 */
@ApplicationScoped
public class NotePageRows {
    /**
     * Each note's columns on every row, beside one entry of its lists as (list, position, id, topic);
     * a note without lists gives one row with the list columns null. One statement rather than the
     * rows and then their lists, because on PostgreSQL the second round trip cost as much as the
     * repeated columns do (a note has a handful of entries). The lists are a union of per-table
     * selects, each filtered by the notes' ids, so neither database scans a whole table; the ids
     * are one array parameter, so the statement's text, and the plan both databases keep for it,
     * is the same however many notes it reads. A plain SELECT, whose plan H2 keeps between calls
     * (it parses a bare UNION every time: 7 % of a note page's CPU in the profile).
     */
    static final String PAGES = "SELECT n.id, n.author_id, n.title, n.body, n.kind, n.state, n.location_name, n.like_count, "
            + "n.collect_count, n.comment_count, n.age_restricted, n.author_private, n.moderation_label, n.statement_id, n.ip_location, "
            + "n.created_at, n.updated_at, n.published_at, n.review_order_id, n.review_product_id, n.sponsor_name, n.sponsor_by_platform, "
            + "n.ai_generated, n.ai_assisted, n.ai_generated_platform, n.ai_suspected_platform, n.collab_id, "
            + "l.list, l.ref_id, l.topic FROM cm_note n LEFT JOIN ("
            + "SELECT note_id, 'M' AS list, position, media_id AS ref_id, CAST(NULL AS VARCHAR) AS topic FROM cm_note_media WHERE note_id = ANY(?) "
            + "UNION ALL SELECT note_id, 'P', position, product_id, CAST(NULL AS VARCHAR) FROM cm_note_product WHERE note_id = ANY(?) "
            + "UNION ALL SELECT note_id, 'A', 0, account_id, CAST(NULL AS VARCHAR) FROM cm_note_mention WHERE note_id = ANY(?) "
            + "UNION ALL SELECT note_id, 'T', 0, CAST(NULL AS BIGINT), topic FROM cm_note_topic WHERE note_id = ANY(?)"
            + ") l ON l.note_id = n.id WHERE n.id = ANY(?) ORDER BY n.id, l.list, l.position";
    /**
     * {@link #PAGES} for one note, by a plain parameter. PostgreSQL plans a prepared statement for
     * its first few runs and then keeps a generic plan only if that looks no dearer than the ones
     * made for the values given; for {@code = ANY(?)} the generic plan must assume an array of ten,
     * so it never looks as cheap as one made for a single id, and every run was planned again:
     * 0.11 ms of planning for 0.04 ms of execution (EXPLAIN ANALYZE), and pgbench ran this text
     * 12,400 times a second against 30,000-33,800 for the same with {@code = ?}. When every reader asks
     * for the same note (one that has gone viral), a shared read has one key, and this text keeps
     * its plan.
     */
    static final String PAGE = PAGES.replace("= ANY(?)", "= ?");
    /** The first list column: right after the note's 27 columns, which {@link #row} reads. */
    private static final int LIST = 28;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /**
     * Pages asked for at the same moment are read in one statement (two at a time, so the database
     * may use two cores): under load that is what a note page costs on PostgreSQL, one round trip
     * and one statement's fixed cost for many readers (modules/app/README.md, "Reads shared").
     */
    private final ReadTogether<Long, NotePage> together = new ReadTogether<>(2, 64, this::byIds);

    public NotePageRows() {
    }

    /** For tests: statements run on this entity manager's connection. */
    NotePageRows(EntityManager em) {
        this.em = em;
    }

    /** The note, whatever its state (the caller decides who may see it), or empty if there is none. */
    Optional<NotePage> byId(long noteId) {
        return Optional.ofNullable(together.getAll(List.of(noteId)).get(noteId));
    }

    /** These notes, those that exist, in one statement. */
    Map<Long, NotePage> byIds(Set<Long> noteIds) {
        return em.unwrap(Session.class).doReturningWork(c -> read(c, noteIds));
    }

    private static Map<Long, NotePage> read(Connection c, Set<Long> noteIds) throws SQLException {
        Map<Long, NotePage> pages = new HashMap<>();
        boolean one = noteIds.size() == 1;
        Array ids = one ? null : c.createArrayOf("bigint", noteIds.toArray(new Long[0]));
        try (PreparedStatement select = c.prepareStatement(one ? PAGE : PAGES)) {
            for (int i = 1; i <= 5; i++) {
                if (one) {
                    select.setLong(i, noteIds.iterator().next());
                } else {
                    select.setArray(i, ids);
                }
            }
            try (ResultSet rs = select.executeQuery()) {
                boolean more = rs.next();
                while (more) {
                    NotePage.Row row = row(rs);
                    List<Long> media = new ArrayList<>();
                    List<Long> products = new ArrayList<>();
                    Set<Long> mentions = new LinkedHashSet<>();
                    Set<String> topics = new LinkedHashSet<>();
                    do {
                        String list = rs.getString(LIST);
                        if (list != null) {
                            switch (list) {
                                case "M" -> media.add(rs.getLong(LIST + 1));
                                case "P" -> products.add(rs.getLong(LIST + 1));
                                case "A" -> mentions.add(rs.getLong(LIST + 1));
                                default -> topics.add(rs.getString(LIST + 2));
                            }
                        }
                        more = rs.next();
                    } while (more && rs.getLong(1) == row.id());
                    pages.put(row.id(), new NotePage(row, media, topics, mentions, products));
                }
            }
        } finally {
            if (ids != null) {
                ids.free();
            }
        }
        return pages;
    }

    private static NotePage.Row row(ResultSet rs) throws SQLException {
        return new NotePage.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Note.Kind.valueOf(rs.getString(5)),
                Note.State.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getBoolean(11),
                rs.getBoolean(12), rs.getBoolean(13), JdbcColumns.longOrNull(rs, 14), rs.getString(15), JdbcColumns.instant(rs, 16), JdbcColumns.instant(rs, 17),
                JdbcColumns.instant(rs, 18), JdbcColumns.longOrNull(rs, 19), JdbcColumns.longOrNull(rs, 20), rs.getString(21), rs.getBoolean(22), rs.getBoolean(23),
                rs.getBoolean(24), rs.getBoolean(25), rs.getBoolean(26), JdbcColumns.longOrNull(rs, 27));
    }
}
