package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Endpoints by owner: a shop's id, or null for the platform-wide ones. */
@ApplicationScoped
public class WebhookEndpointRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    void add(WebhookEndpoint endpoint) {
        em.persist(endpoint);
    }

    void remove(WebhookEndpoint endpoint) {
        em.remove(endpoint);
    }

    Optional<WebhookEndpoint> byId(long id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    List<WebhookEndpoint> ofOwner(Long shopId) {
        if (shopId == null) {
            return em.createQuery("select e from WebhookEndpoint e where e.shopId is null order by e.id", WebhookEndpoint.class)
                    .getResultList();
        }
        return em.createQuery("select e from WebhookEndpoint e where e.shopId = :s order by e.id", WebhookEndpoint.class)
                .setParameter("s", shopId).getResultList();
    }

    /** Needed so the delivery ids a replay makes are read back within the request. */
    void flush() {
        em.flush();
    }
}
