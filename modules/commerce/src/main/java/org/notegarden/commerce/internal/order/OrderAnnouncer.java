package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.notegarden.commerce.internal.shop.ShopPlugins;
import org.notegarden.commerce.internal.shop.ShopRepository;
import org.notegarden.commerce.internal.webhook.WebhookEventType;
import org.notegarden.commerce.internal.webhook.WebhookOutbox;
import org.notegarden.community.api.NoteSales;
import org.notegarden.community.api.OrderNotice;

/**
 * Announces an order's new state as an {@link OrderChanged} event. Called by every transactional
 * method that moves an order, while its transaction is still active: observers that act after
 * commit must be registered then (firing from the flush at commit time is too late for the
 * container). An order is announced once per state, however often this is called.
 */
@ApplicationScoped
public class OrderAnnouncer {
    Event<OrderChanged> changes;
    Event<OrderNotice> notices;
    ShopPlugins shopPlugins;
    ShopRepository shops;
    OrderEventOutbox outbox;
    WebhookOutbox webhooks;

    @Inject
    public OrderAnnouncer(Event<OrderChanged> changes, Event<OrderNotice> notices, ShopPlugins shopPlugins,
                          ShopRepository shops, OrderEventOutbox outbox, WebhookOutbox webhooks) {
        this.changes = changes;
        this.notices = notices;
        this.shopPlugins = shopPlugins;
        this.shops = shops;
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    /** What the buyer hears about: the steps they did not take themselves. */
    private static final java.util.Set<OrderState> TO_BUYER = java.util.EnumSet.of(OrderState.PAID, OrderState.SHIPPED,
            OrderState.COMPLETED, OrderState.REFUNDED);
    /** What the merchant hears about: a new paid order and what the buyer did with it. */
    private static final java.util.Set<OrderState> TO_SELLER = java.util.EnumSet.of(OrderState.PAID,
            OrderState.REFUND_REQUESTED, OrderState.RECEIVED);

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
            String eventId = outbox.record(order, off);
            // For webhooks: the same event (same id) into their outbox, sent after the commit.
            WebhookEventType.ofOrderState(order.getState().name()).ifPresent(type ->
                    webhooks.record(type, order.getShopId(), eventId, OrderWebhookData.of(order), order.getUpdatedAt()));
            changes.fire(new OrderChanged(order.getId(), order.getShopId(), order.getState(), order.getCurrency(),
                    order.getTotalMinor(), order.getUpdatedAt(), off, noteSales(order, before.orElse(null))));
            tellTheParties(order, before.orElse(null));
        });
    }

    /** Notifications for both sides, in this transaction (community writes them as it observes). */
    private void tellTheParties(Order order, OrderState before) {
        String previous = before == null ? null : before.name();
        boolean refundDeclined = before == OrderState.REFUND_REQUESTED && order.getState() != OrderState.REFUNDED;
        boolean paidOrderCancelled = order.getState() == OrderState.CANCELLED && before != null && before != OrderState.PLACED;
        if (TO_BUYER.contains(order.getState()) || refundDeclined || paidOrderCancelled) {
            notices.fire(new OrderNotice(order.getBuyerId(), order.getId(), false, order.getState().name(), previous));
        }
        if (TO_SELLER.contains(order.getState()) || paidOrderCancelled) {
            notices.fire(new OrderNotice(shops.ownerOf(order.getShopId()), order.getId(), true,
                    order.getState().name(), previous));
        }
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
