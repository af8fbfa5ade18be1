package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.hibernate.Session;
import org.notegarden.commerce.internal.catalog.ProductChanged;
import org.notegarden.commerce.internal.webhook.WebhookEventType;
import org.notegarden.commerce.internal.webhook.WebhookOutbox;
import org.notegarden.platform.api.Jsons;

/**
 * Reserving and returning stock with single guarded UPDATEs: the row lock serialises
 * concurrent buyers and {@code stock >= :q} refuses anything that would go below zero, so a
 * flash sale can never oversell (the table's CHECK constraint is the second line of defence).
 * The reservation that takes the last unit tells the shop's webhooks the variant is sold out, and
 * it and every return tell the product's card on note pages ({@link ProductChanged}); the other
 * reservations change nothing a card shows.
 */
@ApplicationScoped
class Stock {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    WebhookOutbox webhooks;
    @Inject
    Clock clock;
    @Inject
    Event<ProductChanged> productChanged;

    /** The taking statement for the database in use; looked up once (one database per deployment). */
    private volatile StockTaking taking;

    boolean reserve(OrderLine line) {
        OptionalInt left = take(line.getSkuId(), line.getQuantity());
        if (left.isPresent() && left.getAsInt() == 0) {
            announceSoldOut(line.getSkuId());
            productChanged.fire(new ProductChanged(line.getProductId()));
        }
        return left.isPresent();
    }

    /**
     * Takes {@code quantity} units if that many are left: the units left after, or empty when
     * refused. On H2 and PostgreSQL this is one statement that also answers how many are left, so
     * the row lock it takes is held only until the commit that follows: a popular variant's buyers
     * queue on that lock, and on PostgreSQL every extra read of the row walks the versions its
     * buyers leave behind (half a millisecond each in the checkout benchmark).
     */
    OptionalInt take(long skuId, int quantity) {
        StockTaking t = taking;
        if (t == null) {
            t = StockTaking.forDatabase(em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName()));
            taking = t;
        }
        if (t.sql() == null) {
            boolean taken = em.createQuery("update Sku s set s.stock = s.stock - :q, s.version = s.version + 1 "
                            + "where s.id = :id and s.stock >= :q")
                    .setParameter("q", quantity).setParameter("id", skuId).executeUpdate() == 1;
            return taken ? OptionalInt.of(stockOf(skuId)) : OptionalInt.empty();
        }
        List<?> left = em.createNativeQuery(t.sql()).setParameter(1, quantity).setParameter(2, skuId).setParameter(3, quantity)
                .getResultList();
        return left.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) left.get(0)).intValue());
    }

    void release(OrderLine line) {
        em.createQuery("update Sku s set s.stock = s.stock + :q, s.version = s.version + 1 where s.id = :id")
                .setParameter("q", line.getQuantity()).setParameter("id", line.getSkuId()).executeUpdate();
        productChanged.fire(new ProductChanged(line.getProductId()));
    }

    /** Read under the row lock this transaction holds. */
    private int stockOf(long skuId) {
        return em.createQuery("select s.stock from Sku s where s.id = :id", Integer.class).setParameter("id", skuId).getSingleResult();
    }

    /** Called by the one buyer who took the last unit (the stock was read under the row lock). */
    private void announceSoldOut(long skuId) {
        Object[] row = em.createQuery("select p.id, p.shopId, s.code, p.titleEn, p.titleZh from Sku s "
                + "join s.product p where s.id = :id", Object[].class).setParameter("id", skuId).getSingleResult();
        var product = Jsons.createObjectBuilder().add("id", ((Number) row[0]).longValue()).add("skuId", skuId);
        String title = row[3] != null ? (String) row[3] : (String) row[4];
        if (row[2] != null) {
            product.add("skuCode", (String) row[2]);
        }
        if (title != null) {
            product.add("title", title);
        }
        webhooks.record(WebhookEventType.PRODUCT_OUT_OF_STOCK, ((Number) row[1]).longValue(), UUID.randomUUID().toString(),
                Jsons.createObjectBuilder().add("product", product).add("stock", 0).build(), clock.instant());
    }
}
