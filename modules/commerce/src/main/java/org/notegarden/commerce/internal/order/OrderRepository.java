package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.notegarden.platform.api.Cursor;

/** Orders: one by id or idempotency key, newest-first pages of a buyer's or a shop's orders, and those the clock moves on. */
@ApplicationScoped
public class OrderRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    void add(Order order) {
        em.persist(order);
    }

    /** The buyer's order placed with this idempotency key, if any. */
    Optional<Order> byIdempotencyKey(long buyerId, String key) {
        return em.createQuery("select o from ShopOrder o where o.buyerId = :b and o.idempotencyKey = :k", Order.class)
                .setParameter("b", buyerId).setParameter("k", key).getResultStream().findFirst();
    }

    /** Up to {@code limit} orders received before {@code cutoff}, oldest first, locked until the transaction ends. */
    List<Order> receivedBeforeForUpdate(Instant cutoff, int limit) {
        return em.createQuery("select o from ShopOrder o where o.state = :received and o.updatedAt < :cutoff "
                        + "order by o.id", Order.class)
                .setParameter("received", OrderState.RECEIVED).setParameter("cutoff", cutoff)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
    }

    public Optional<Order> byId(long orderId) {
        return Optional.ofNullable(em.find(Order.class, orderId));
    }

    /**
     * The order with its row locked until the transaction ends, so two state changes never
     * interleave. One statement: found by id with a lock, the order and its lines are read
     * outer-joined and PostgreSQL cannot lock that, so Hibernate reads, then locks in a second
     * statement. Every order has a line, so they are inner-joined here and locked as they are read.
     */
    public Optional<Order> byIdForUpdate(long orderId) {
        return em.createQuery("select o from ShopOrder o join fetch o.lines where o.id = :id", Order.class)
                .setParameter("id", orderId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(HibernateHints.HINT_FOLLOW_ON_LOCKING, false).getResultStream().findFirst();
    }

    /** Up to {@code limit + 1} orders of {@code buyerId} older than {@code after} (the extra one says "more"). */
    public List<Order> ofBuyer(long buyerId, Cursor after, int limit) {
        return em.createQuery("select o from ShopOrder o where o.buyerId = :b and o.id < :after order by o.id desc",
                        Order.class).setParameter("b", buyerId).setParameter("after", after == null ? Long.MAX_VALUE : after.id())
                .setMaxResults(limit + 1).getResultList();
    }

    /** Up to {@code limit + 1} orders of a shop, optionally in one state, older than {@code after}. */
    public List<Order> ofShop(long shopId, OrderState state, Cursor after, int limit) {
        var q = em.createQuery("select o from ShopOrder o where o.shopId = :s and o.id < :after"
                        + (state == null ? "" : " and o.state = :state") + " order by o.id desc", Order.class)
                .setParameter("s", shopId).setParameter("after", after == null ? Long.MAX_VALUE : after.id());
        if (state != null) {
            q.setParameter("state", state);
        }
        return q.setMaxResults(limit + 1).getResultList();
    }

    /** Orders, units and revenue per note that led to a sale in the shop (live orders only), best first. */
    public List<NoteSalesRow> salesPerNote(long shopId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT l.note_id, COUNT(DISTINCT o.id), SUM(l.quantity), "
                        + "SUM(l.quantity * l.unit_price_minor) FROM co_order o JOIN co_order_line l ON l.order_id = o.id "
                        + "WHERE o.shop_id = ?1 AND l.note_id IS NOT NULL "
                        + "AND o.state IN ('PAID', 'SHIPPED', 'RECEIVED', 'COMPLETED', 'REFUND_REQUESTED') "
                        + "GROUP BY l.note_id ORDER BY 4 DESC")
                .setParameter(1, shopId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new NoteSalesRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    public record NoteSalesRow(long noteId, long orders, long units, long revenueMinor) {
    }
}
