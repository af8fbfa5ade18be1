package org.notegarden.commerce.internal.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order's states and the only moves between them:
 * PLACED → PAID → SHIPPED → RECEIVED → COMPLETED; PLACED or PAID → CANCELLED (before shipment);
 * PAID, SHIPPED or RECEIVED → REFUND_REQUESTED → REFUNDED, or back when the merchant denies.
 */
public enum OrderState {
    PLACED, PAID, SHIPPED, RECEIVED, COMPLETED, CANCELLED, REFUND_REQUESTED, REFUNDED;

    private static final Map<OrderState, Set<OrderState>> NEXT = Map.of(
            PLACED, EnumSet.of(PAID, CANCELLED),
            PAID, EnumSet.of(SHIPPED, CANCELLED, REFUND_REQUESTED),
            SHIPPED, EnumSet.of(RECEIVED, REFUND_REQUESTED),
            RECEIVED, EnumSet.of(COMPLETED, REFUND_REQUESTED),
            REFUND_REQUESTED, EnumSet.of(REFUNDED, PAID, SHIPPED, RECEIVED),
            COMPLETED, EnumSet.noneOf(OrderState.class),
            CANCELLED, EnumSet.noneOf(OrderState.class),
            REFUNDED, EnumSet.noneOf(OrderState.class));

    public boolean canMoveTo(OrderState next) {
        return NEXT.get(this).contains(next);
    }
}
