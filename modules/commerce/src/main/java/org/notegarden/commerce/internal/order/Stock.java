package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.notegarden.commerce.internal.webhook.WebhookEventType;
import org.notegarden.commerce.internal.webhook.WebhookOutbox;
import org.notegarden.platform.api.Jsons;

/**
 * Reserving and returning stock with single guarded UPDATEs: the row lock serialises
 * concurrent buyers and {@code stock >= :q} refuses anything that would go below zero, so a
 * flash sale can never oversell (the table's CHECK constraint is the second line of defence).
 * The reservation that takes the last unit tells the shop's webhooks the variant is sold out.
 */
@ApplicationScoped
class Stock {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    WebhookOutbox webhooks;
    @Inject
    Clock clock;

    boolean reserve(long skuId, int quantity) {
        boolean taken = em.createQuery("update Sku s set s.stock = s.stock - :q, s.version = s.version + 1 "
                        + "where s.id = :id and s.stock >= :q")
                .setParameter("q", quantity).setParameter("id", skuId).executeUpdate() == 1;
        if (taken) {
            announceIfSoldOut(skuId);
        }
        return taken;
    }

    void release(long skuId, int quantity) {
        em.createQuery("update Sku s set s.stock = s.stock + :q, s.version = s.version + 1 where s.id = :id")
                .setParameter("q", quantity).setParameter("id", skuId).executeUpdate();
    }

    /** Read under the row lock this transaction holds, so only the buyer who took the last unit sees 0. */
    private void announceIfSoldOut(long skuId) {
        Object[] row = em.createQuery("select s.stock, p.id, p.shopId, s.code, p.titleEn, p.titleZh from Sku s "
                + "join s.product p where s.id = :id", Object[].class).setParameter("id", skuId).getSingleResult();
        if (((Number) row[0]).intValue() != 0) {
            return;
        }
        var product = Jsons.createObjectBuilder().add("id", ((Number) row[1]).longValue()).add("skuId", skuId);
        String title = row[4] != null ? (String) row[4] : (String) row[5];
        if (row[3] != null) {
            product.add("skuCode", (String) row[3]);
        }
        if (title != null) {
            product.add("title", title);
        }
        webhooks.record(WebhookEventType.PRODUCT_OUT_OF_STOCK, ((Number) row[2]).longValue(), UUID.randomUUID().toString(),
                Jsons.createObjectBuilder().add("product", product).add("stock", 0).build(), clock.instant());
    }
}
