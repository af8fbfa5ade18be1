package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries waiting to be sent. A batch is claimed for a while ({@link #LEASE}) in a short
 * transaction of its own, so the HTTP calls happen outside any transaction and two servers never
 * send the same delivery at once; each try is then settled and logged in another.
 */
@ApplicationScoped
public class WebhookQueue {
    /** Longer than a try can take (timeout and all), so a claim only lapses when its sender died. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** What one try needs, read in the claiming transaction. */
    record Claimed(long deliveryId, WebhookEndpoint endpoint, WebhookEvent event) {
    }

    @Transactional
    public List<Claimed> claimDue(Instant now, int limit) {
        List<WebhookDelivery> due = em.createQuery("select d from WebhookDelivery d where d.state = :pending "
                        + "and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now) order by d.id",
                        WebhookDelivery.class)
                .setParameter("pending", WebhookDelivery.State.PENDING).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
        return due.stream().map(d -> {
            d.claim(now.plus(LEASE));
            return new Claimed(d.getId(), em.find(WebhookEndpoint.class, d.getEndpointId()),
                    em.find(WebhookEvent.class, d.getEventId()));
        }).toList();
    }

    /** Records a try's outcome on the delivery and in its log; a delivery whose endpoint was removed meanwhile is gone. */
    @Transactional
    public void settle(long deliveryId, WebhookSender.Outcome outcome, Instant at, Duration firstWait) {
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId);
        if (d == null) {
            return;
        }
        d.tried(outcome.status(), outcome.error(), at, firstWait);
        em.persist(new WebhookAttempt(deliveryId, at, outcome.status(), outcome.error(), outcome.durationMs()));
    }

    /** The deliveries of an endpoint, newest first, after the cursor's id. */
    List<WebhookDelivery> deliveries(long endpointId, Long before, int limit) {
        return em.createQuery("select d from WebhookDelivery d where d.endpointId = :e and d.id < :before order by d.id desc",
                        WebhookDelivery.class).setParameter("e", endpointId)
                .setParameter("before", before == null ? Long.MAX_VALUE : before).setMaxResults(limit + 1).getResultList();
    }

    List<WebhookAttempt> attempts(long deliveryId) {
        return em.createQuery("select a from WebhookAttempt a where a.deliveryId = :d order by a.id", WebhookAttempt.class)
                .setParameter("d", deliveryId).getResultList();
    }

    Optional<WebhookDelivery> delivery(long endpointId, long deliveryId) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId)).filter(d -> d.getEndpointId() == endpointId);
    }

    Optional<WebhookEvent> event(String eventId) {
        return Optional.ofNullable(em.find(WebhookEvent.class, eventId));
    }

    /** A new delivery of the same event to the same endpoint, due now; the old one stays in the log as it was. */
    WebhookDelivery replay(WebhookDelivery original, Instant now, Duration retryFor) {
        WebhookDelivery again = new WebhookDelivery(original.getEndpointId(), original.getEventId(), original.getId(), now,
                retryFor);
        em.persist(again);
        return again;
    }
}
