package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.notegarden.commerce.internal.shop.ShopPlugins;

/**
 * Announces an order's new state as an {@link OrderChanged} event. Called by every transactional
 * method that moves an order, while its transaction is still active: observers that act after
 * commit must be registered then (firing from the flush at commit time is too late for the
 * container). An order is announced once per state, however often this is called.
 */
@ApplicationScoped
public class OrderAnnouncer {
    @Inject
    Event<OrderChanged> changes;
    @Inject
    ShopPlugins shopPlugins;

    void announce(Order order) {
        if (order.takeUnannouncedState()) {
            changes.fire(new OrderChanged(order.getId(), order.getShopId(), order.getState(), order.getCurrency(),
                    order.getTotalMinor(), order.getUpdatedAt(), shopPlugins.disabled(order.getShopId())));
        }
    }
}
