package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reserving and returning stock with single guarded UPDATEs: the row lock serialises
 * concurrent buyers and {@code stock >= :q} refuses anything that would go below zero, so a
 * flash sale can never oversell (the table's CHECK constraint is the second line of defence).
 */
@ApplicationScoped
class Stock {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    boolean reserve(long skuId, int quantity) {
        return em.createQuery("update Sku s set s.stock = s.stock - :q, s.version = s.version + 1 "
                        + "where s.id = :id and s.stock >= :q")
                .setParameter("q", quantity).setParameter("id", skuId).executeUpdate() == 1;
    }

    void release(long skuId, int quantity) {
        em.createQuery("update Sku s set s.stock = s.stock + :q, s.version = s.version + 1 where s.id = :id")
                .setParameter("q", quantity).setParameter("id", skuId).executeUpdate();
    }
}
