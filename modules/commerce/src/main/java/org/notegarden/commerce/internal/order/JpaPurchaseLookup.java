package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import org.notegarden.community.api.PurchaseLookup;

/** Received purchases, offered to sibling modules through the platform's port. */
@ApplicationScoped
public class JpaPurchaseLookup implements PurchaseLookup {
    /** A review is for goods in the buyer's hands; while a refund is being decided the order is neither. */
    private static final EnumSet<OrderState> RECEIVED = EnumSet.of(OrderState.RECEIVED, OrderState.COMPLETED);

    OrderRepository orderRepository;

    @Inject
    public JpaPurchaseLookup(OrderRepository orderRepository) {
        this.orderRepository = orderRepository;
    }

    /** For the CDI container's proxy only. */
    protected JpaPurchaseLookup() {
    }

    @Override
    public Optional<Purchase> received(long buyerId, long orderId, long skuId) {
        Optional<Order> found = orderRepository.byId(orderId)
                .filter(o -> o.getBuyerId() == buyerId && RECEIVED.contains(o.getState()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return found.get().getLines().stream().filter(l -> l.getSkuId() == skuId).findFirst()
                .map(l -> new Purchase(orderId, skuId, l.getProductId()));
    }
}
