package org.notegarden.storefront.spi;

import java.time.Instant;

/**
 * Told about order state changes after they are committed (placed, paid, shipped, ...).
 * Failures are logged and never affect the order.
 */
public interface OrderListener {
    void onOrderEvent(OrderEvent event);

    /**
     * @param orderId the host's order id
     * @param shopId  the shop that sells
     * @param state   the new state, e.g. {@code PAID}
     * @param total   the order total
     * @param at      when it happened
     */
    record OrderEvent(String orderId, String shopId, String state, Money total, Instant at) {
    }
}
