package org.notegarden.commerce.internal.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The cart rows of each person; {@link CartService} decides what may go in. */
@ApplicationScoped
class CartRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** One line as stored: a variant, how many, and the note it was found through (if any). */
    record Line(long skuId, int quantity, Long noteId) {
    }

    /** Sets the quantity of a line already in the cart; false when there is no such line. */
    boolean changeQuantity(long accountId, long skuId, int quantity, Long noteId) {
        return em.createNativeQuery("UPDATE co_cart_item SET quantity = ?3, note_id = COALESCE(?4, note_id) "
                        + "WHERE account_id = ?1 AND sku_id = ?2")
                .setParameter(1, accountId).setParameter(2, skuId).setParameter(3, quantity).setParameter(4, noteId)
                .executeUpdate() > 0;
    }

    long lineCount(long accountId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM co_cart_item WHERE account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    void add(long accountId, long skuId, int quantity, Long noteId, Instant at) {
        em.createNativeQuery("INSERT INTO co_cart_item (account_id, sku_id, quantity, note_id, added_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, accountId).setParameter(2, skuId).setParameter(3, quantity).setParameter(4, noteId)
                .setParameter(5, at).executeUpdate();
    }

    void remove(long accountId, long skuId) {
        em.createNativeQuery("DELETE FROM co_cart_item WHERE account_id = ?1 AND sku_id = ?2")
                .setParameter(1, accountId).setParameter(2, skuId).executeUpdate();
    }

    void removeAll(long accountId, Collection<Long> skuIds) {
        em.createNativeQuery("DELETE FROM co_cart_item WHERE account_id = ?1 AND sku_id IN (?2)")
                .setParameter(1, accountId).setParameter(2, skuIds).executeUpdate();
    }

    /** The person's cart, most recently added first. */
    List<Line> lines(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> raw = em.createNativeQuery("SELECT sku_id, quantity, note_id FROM co_cart_item WHERE account_id = ?1 "
                + "ORDER BY added_at DESC, sku_id").setParameter(1, accountId).getResultList();
        return raw.stream().map(r -> new Line(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                r[2] == null ? null : ((Number) r[2]).longValue())).toList();
    }
}
