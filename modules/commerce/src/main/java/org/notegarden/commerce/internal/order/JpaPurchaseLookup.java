package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import org.notegarden.community.api.PurchaseLookup;

/** Received purchases, offered to sibling modules through the platform's port. */
@ApplicationScoped
public class JpaPurchaseLookup implements PurchaseLookup {
    /** A review is for goods in the buyer's hands; while a refund is being decided the order is neither. */
    private static final EnumSet<OrderState> RECEIVED = EnumSet.of(OrderState.RECEIVED, OrderState.COMPLETED);

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Override
    public Optional<Purchase> received(long buyerId, long orderId, long skuId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || order.getBuyerId() != buyerId || !RECEIVED.contains(order.getState())) {
            return Optional.empty();
        }
        return order.getLines().stream().filter(l -> l.getSkuId() == skuId).findFirst()
                .map(l -> new Purchase(orderId, skuId, l.getProductId()));
    }
}
