package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbox table of order events: written in the order's own transaction ({@link #record}),
 * read and settled by the relay in short transactions of their own.
 */
@ApplicationScoped
public class OrderEventOutbox {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** Called inside the transaction that changed the order; returns the event's id. */
    String record(Order order, Set<String> pluginsOff) {
        OrderEventRecord e = new OrderEventRecord(order.getId(), order.getShopId(), order.getState(), order.getTotalMinor(),
                order.getCurrency(), order.getUpdatedAt(), pluginsOff);
        em.persist(e);
        return e.getEventId();
    }

    /** Events due now, oldest first. */
    @Transactional
    public List<OrderEventRecord> due(Instant now, int limit) {
        return em.createQuery("select e from OrderEventRecord e where e.doneAt is null and e.nextAttempt <= :now order by e.id",
                OrderEventRecord.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Events not yet done for these orders that come before {@code id}: a later event must wait for them. */
    @Transactional
    public Set<Long> ordersWithEarlierPending(List<OrderEventRecord> due) {
        if (due.isEmpty()) {
            return Set.of();
        }
        long first = due.get(0).getId();
        @SuppressWarnings("unchecked")
        List<Number> orders = em.createNativeQuery("SELECT DISTINCT order_id FROM co_order_event WHERE done_at IS NULL AND id < ?1")
                .setParameter(1, first).getResultList();
        Set<Long> out = new HashSet<>();
        orders.forEach(o -> out.add(o.longValue()));
        return out;
    }

    @Transactional
    public Set<String> deliveredTo(String eventId) {
        @SuppressWarnings("unchecked")
        List<String> plugins = em.createNativeQuery("SELECT plugin_id FROM co_order_event_delivery WHERE event_id = ?1")
                .setParameter(1, eventId).getResultList();
        return new HashSet<>(plugins);
    }

    /**
     * Records which plugins took the event now; done when none failed, else retried later — and
     * after {@link OrderEventRecord#MAX_ATTEMPTS} the failing plugins are given up on.
     *
     * @return true when the event is settled
     */
    @Transactional
    public boolean settle(long id, Map<String, Boolean> outcome, Instant now) {
        OrderEventRecord e = em.find(OrderEventRecord.class, id);
        outcome.forEach((plugin, ok) -> {
            if (ok) {
                delivery(e.getEventId(), plugin, "DELIVERED", now);
            }
        });
        if (outcome.containsValue(false)) {
            e.failedAttempt(now);
            if (!e.givenUp()) {
                return false;
            }
            outcome.forEach((plugin, ok) -> {
                if (!ok) {
                    delivery(e.getEventId(), plugin, "GAVE_UP", now);
                }
            });
        }
        e.done(now);
        return true;
    }

    /** Events that needed no delivery (no plugin listens), done now in one statement. */
    @Transactional
    public void settleUnheard(Collection<Long> ids, Instant now) {
        em.createQuery("update OrderEventRecord e set e.doneAt = :now where e.id in :ids and e.doneAt is null")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate();
    }

    private void delivery(String eventId, String plugin, String outcome, Instant now) {
        em.createNativeQuery("INSERT INTO co_order_event_delivery (event_id, plugin_id, delivered_at, outcome) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, eventId).setParameter(2, plugin).setParameter(3, now).setParameter(4, outcome).executeUpdate();
    }
}
