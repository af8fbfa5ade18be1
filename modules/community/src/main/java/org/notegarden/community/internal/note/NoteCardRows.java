package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.query.NativeQuery;

/**
 * Reads the notes of a page of cards in one statement. Loading the entities took five (the notes,
 * then each of their four collections) plus Hibernate's translation of the query, whose plan it
 * does not keep for a list parameter: 22 % of a search request's CPU in the profile
 * (modules/app/README.md). A card needs only the first picture and whether any product is tagged,
 * so those are two sub-selects here.
 */
@ApplicationScoped
public class NoteCardRows {
    private static final String SELECT = "SELECT n.id, n.author_id, n.title, n.kind, n.state, "
            + "(SELECT m.media_id FROM cm_note_media m WHERE m.note_id = n.id ORDER BY m.position FETCH FIRST 1 ROWS ONLY) AS cover_id, "
            + "n.like_count, n.review_order_id, "
            + "EXISTS (SELECT 1 FROM cm_note_product p WHERE p.note_id = n.id) AS has_products, "
            + "n.sponsor_name, n.ai_generated, n.ai_assisted, n.ai_generated_platform, n.ai_suspected_platform, "
            + "n.published_at, n.author_private, n.age_restricted FROM cm_note n WHERE n.id IN (:ids)";

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public NoteCardRows() {
    }

    /** For tests: rows read through this entity manager. */
    NoteCardRows(EntityManager em) {
        this.em = em;
    }

    /** The rows of those notes that exist, in no particular order. */
    List<NoteCardRow> byIds(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = em.createNativeQuery(SELECT).unwrap(NativeQuery.class);
        query.addScalar("id", Long.class).addScalar("author_id", Long.class).addScalar("title", String.class)
                .addScalar("kind", String.class).addScalar("state", String.class).addScalar("cover_id", Long.class)
                .addScalar("like_count", Integer.class).addScalar("review_order_id", Long.class)
                .addScalar("has_products", Boolean.class).addScalar("sponsor_name", String.class)
                .addScalar("ai_generated", Boolean.class).addScalar("ai_assisted", Boolean.class)
                .addScalar("ai_generated_platform", Boolean.class).addScalar("ai_suspected_platform", Boolean.class)
                .addScalar("published_at", Instant.class).addScalar("author_private", Boolean.class)
                .addScalar("age_restricted", Boolean.class);
        return query.setParameter("ids", Set.copyOf(noteIds)).getResultList().stream().map(NoteCardRows::row).toList();
    }

    private static NoteCardRow row(Object[] c) {
        return new NoteCardRow((Long) c[0], (Long) c[1], (String) c[2], Note.Kind.valueOf((String) c[3]),
                Note.State.valueOf((String) c[4]), (Long) c[5], (Integer) c[6], c[7] != null, (Boolean) c[8],
                (String) c[9], (Boolean) c[10], (Boolean) c[11], (Boolean) c[12], (Boolean) c[13], (Instant) c[14],
                (Boolean) c[15], (Boolean) c[16]);
    }
}
