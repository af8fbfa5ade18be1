package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.notegarden.commerce.internal.shop.ShopPlugins;
import org.notegarden.community.api.NoteSales;

/**
 * Announces an order's new state as an {@link OrderChanged} event. Called by every transactional
 * method that moves an order, while its transaction is still active: observers that act after
 * commit must be registered then (firing from the flush at commit time is too late for the
 * container). An order is announced once per state, however often this is called.
 */
@ApplicationScoped
public class OrderAnnouncer {
    Event<OrderChanged> changes;
    ShopPlugins shopPlugins;
    OrderEventOutbox outbox;

    @Inject
    public OrderAnnouncer(Event<OrderChanged> changes, ShopPlugins shopPlugins, OrderEventOutbox outbox) {
        this.changes = changes;
        this.shopPlugins = shopPlugins;
        this.outbox = outbox;
    }

    /** For the CDI container's proxy only. */
    protected OrderAnnouncer() {
    }

    /** States in which an order counts as a sale for the notes buyers came from. */
    private static final java.util.Set<OrderState> SOLD = java.util.EnumSet.of(OrderState.PAID, OrderState.SHIPPED,
            OrderState.RECEIVED, OrderState.COMPLETED, OrderState.REFUND_REQUESTED);

    void announce(Order order) {
        order.takeUnannouncedState().ifPresent(before -> {
            java.util.Set<String> off = shopPlugins.disabled(order.getShopId());
            // For plugins: into the outbox, in this transaction, so it is delivered even after a crash.
            outbox.record(order, off);
            changes.fire(new OrderChanged(order.getId(), order.getShopId(), order.getState(), order.getCurrency(),
                    order.getTotalMinor(), order.getUpdatedAt(), off, noteSales(order, before.orElse(null))));
        });
    }

    /** +sales when an order becomes sold (paid), −sales when a sold order is refunded or cancelled. */
    private static java.util.List<NoteSales.Sale> noteSales(Order order, OrderState before) {
        boolean soldBefore = before != null && SOLD.contains(before);
        boolean soldNow = SOLD.contains(order.getState());
        if (soldBefore == soldNow) {
            return java.util.List.of();
        }
        int sign = soldNow ? 1 : -1;
        return order.getLines().stream().filter(l -> l.getNoteId() != null)
                .map(l -> new NoteSales.Sale(l.getNoteId(), sign * l.getQuantity(),
                        sign * l.getQuantity() * l.getUnitPriceMinor(),
                        order.getCurrency())).toList();
    }
}
