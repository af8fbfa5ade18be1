package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.notegarden.community.api.ReviewPosted;
import org.notegarden.platform.api.Jsons;

/**
 * Turns a published verified review into the reviewed product's shop's {@code review.posted}
 * webhook, in the publishing transaction. The event id is derived from the note, so a review
 * announced twice (held after an edit, then let through) is one event, sent once.
 */
@ApplicationScoped
public class ReviewWebhooks {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    WebhookOutbox outbox;

    @Inject
    public ReviewWebhooks(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    /** For the CDI container's proxy only. */
    protected ReviewWebhooks() {
    }

    void posted(@Observes ReviewPosted review) {
        List<Long> shop = em.createQuery("select p.shopId from Product p where p.id = :id", Long.class)
                .setParameter("id", review.productId()).getResultList();
        if (shop.isEmpty()) {
            return;
        }
        JsonObjectBuilder r = Jsons.createObjectBuilder().add("noteId", review.noteId()).add("orderId", review.orderId())
                .add("productId", review.productId()).add("skuId", review.skuId())
                .add("title", review.title() == null ? "" : review.title())
                .add("publishedAt", review.publishedAt().toString());
        if (review.rating() != null) {
            r.add("rating", review.rating());
        }
        String eventId = UUID.nameUUIDFromBytes(("review.posted:" + review.noteId()).getBytes(StandardCharsets.UTF_8)).toString();
        outbox.record(WebhookEventType.REVIEW_POSTED, shop.get(0), eventId, Jsons.createObjectBuilder().add("review", r).build(),
                review.publishedAt());
    }
}
