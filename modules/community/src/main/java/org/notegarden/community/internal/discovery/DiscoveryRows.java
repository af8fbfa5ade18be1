package org.notegarden.community.internal.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The rows behind the non-personalised home feed and "not interested"; {@link DiscoveryService} decides who gets what. */
@ApplicationScoped
class DiscoveryRows {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** A popular note and whether it was written from the reader's country. */
    record Popular(long noteId, boolean nearby) {
    }

    /** Records that the reader dismissed the note; saying it twice keeps one row. */
    void dismiss(long accountId, long noteId, Instant at) {
        boolean already = !em.createNativeQuery("SELECT 1 FROM cm_not_interested WHERE account_id = ?1 AND note_id = ?2")
                .setParameter(1, accountId).setParameter(2, noteId).getResultList().isEmpty();
        if (!already) {
            em.createNativeQuery("INSERT INTO cm_not_interested (account_id, note_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, accountId).setParameter(2, noteId).setParameter(3, at).executeUpdate();
        }
    }

    void undismiss(long accountId, long noteId) {
        em.createNativeQuery("DELETE FROM cm_not_interested WHERE account_id = ?1 AND note_id = ?2")
                .setParameter(1, accountId).setParameter(2, noteId).executeUpdate();
    }

    /**
     * Recommendable notes published since {@code since}, those written from {@code country}
     * (a code, or a region of it like {@code CN-31}) first, then by engagement.
     */
    List<Popular> popular(String country, Instant since, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, CASE WHEN n.ip_location = :c OR n.ip_location LIKE :cp THEN 1 ELSE 0 END "
                        + "FROM cm_note n WHERE " + Recommender.RECOMMENDABLE + " AND n.published_at > :since "
                        + "ORDER BY CASE WHEN n.ip_location = :c OR n.ip_location LIKE :cp THEN 0 ELSE 1 END, "
                        + "(n.like_count + 2 * n.collect_count + n.comment_count) DESC, n.published_at DESC, n.id DESC")
                .setParameter("c", country).setParameter("cp", country + "-%").setParameter("since", since)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Popular(((Number) r[0]).longValue(), ((Number) r[1]).intValue() == 1)).toList();
    }
}
