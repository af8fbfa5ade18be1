package org.notegarden.storefront.spi;

import java.time.Instant;

/**
 * Told about order state changes after they are committed (placed, paid, shipped, ...).
 * Failures are logged and never affect the order.
 *
 * <p>Delivery is at least once, in order for each order: the host records every event in the
 * same transaction as the order change and delivers it from there, retrying a listener that
 * failed, also after a restart. A listener may therefore see an event twice; {@code eventId}
 * (since 1.2) is the same on every delivery of one event, so it is the key to deduplicate on.
 */
public interface OrderListener {
    void onOrderEvent(OrderEvent event);

    /**
     * @param orderId the host's order id
     * @param shopId  the shop that sells
     * @param state   the new state, e.g. {@code PAID}
     * @param total   the order total
     * @param at      when it happened
     * @param eventId the same on every delivery of this event (since 1.2; empty from older hosts)
     */
    record OrderEvent(String orderId, String shopId, String state, Money total, Instant at, String eventId) {
        public OrderEvent {
            eventId = eventId == null ? "" : eventId;
        }

        /** The 1.0/1.1 shape, kept so plugins built against it still link. */
        public OrderEvent(String orderId, String shopId, String state, Money total, Instant at) {
            this(orderId, shopId, state, total, at, "");
        }
    }
}
