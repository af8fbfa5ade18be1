package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.notegarden.platform.api.Jsons;

/**
 * Where the storefront writes what webhooks tell: called inside the transaction in which the
 * thing happened (an order moved, stock ran out, a review was posted), it writes the event and a
 * delivery for each endpoint listening for it. Nothing is sent here; the dispatcher sends after
 * the commit, so a rolled-back change is never announced and a crash after the commit loses
 * nothing.
 */
@ApplicationScoped
public class WebhookOutbox {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    WebhookSettings settings;
    Event<WebhooksQueued> queued;

    @Inject
    public WebhookOutbox(WebhookSettings settings, Event<WebhooksQueued> queued) {
        this.settings = settings;
        this.queued = queued;
    }

    /** For the CDI container's proxy only. */
    protected WebhookOutbox() {
    }

    /** Fired in the writing transaction, so the dispatcher can send as soon as it commits. */
    public record WebhooksQueued(int deliveries) {
    }

    /**
     * Records an event of a shop for the endpoints that listen for it (the shop's own and the
     * platform-wide ones). {@code eventId} is what receivers deduplicate on; order events reuse
     * the id of the plugin outbox's event, so both carry the same one.
     */
    public void record(WebhookEventType type, long shopId, String eventId, JsonObject data, Instant at) {
        List<WebhookEndpoint> listening = em.createQuery("select e from WebhookEndpoint e where e.active = true "
                        + "and (e.shopId = :shop or e.shopId is null) order by e.id", WebhookEndpoint.class)
                .setParameter("shop", shopId).getResultList().stream().filter(e -> e.listensFor(type)).toList();
        if (listening.isEmpty() || em.find(WebhookEvent.class, eventId) != null) {
            return; // nobody listens, or this very event was recorded already
        }
        String payload = Jsons.createObjectBuilder().add("id", eventId).add("type", type.wireName())
                .add("createdAt", at.toString()).add("shopId", shopId).add("data", data).build().toString();
        em.persist(new WebhookEvent(eventId, type, shopId, payload, at));
        for (WebhookEndpoint endpoint : listening) {
            em.persist(new WebhookDelivery(endpoint.getId(), eventId, null, at, settings.retryFor()));
        }
        queued.fire(new WebhooksQueued(listening.size()));
    }
}
