package org.notegarden.commerce.internal.order;

import java.time.Instant;

/** An order reached a new state; fired inside the transaction, acted on once it has committed. */
public record OrderChanged(long orderId, long shopId, OrderState state, String currency, long totalMinor, Instant at) {
}
