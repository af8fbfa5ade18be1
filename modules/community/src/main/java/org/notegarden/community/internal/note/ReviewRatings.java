package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notegarden.community.api.ProductRatings;

/** The stars of review notes: written with the review, read per product over published reviews. */
@ApplicationScoped
public class ReviewRatings implements ProductRatings {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    void rate(long noteId, long productId, int stars) {
        em.createNativeQuery("INSERT INTO cm_review_rating (note_id, product_id, rating) VALUES (?1, ?2, ?3)")
                .setParameter(1, noteId).setParameter(2, productId).setParameter(3, stars).executeUpdate();
    }

    /** The stars a review note gave, if it gave any. */
    Integer starsOf(long noteId) {
        List<?> rows = em.createNativeQuery("SELECT rating FROM cm_review_rating WHERE note_id = ?1").setParameter(1, noteId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    @Override
    public Map<Long, Rating> of(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.product_id, AVG(CAST(r.rating AS DOUBLE PRECISION)), COUNT(*) "
                        + "FROM cm_review_rating r JOIN cm_note n ON n.id = r.note_id "
                        + "WHERE r.product_id IN (?1) AND n.state = 'PUBLISHED' GROUP BY r.product_id")
                .setParameter(1, productIds).getResultList();
        Map<Long, Rating> out = new HashMap<>();
        for (Object[] r : rows) {
            double average = Math.round(((Number) r[1]).doubleValue() * 10) / 10.0;
            out.put(((Number) r[0]).longValue(), new Rating(average, ((Number) r[2]).intValue()));
        }
        return out;
    }
}
