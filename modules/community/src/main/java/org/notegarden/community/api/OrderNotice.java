package org.notegarden.community.api;

/**
 * An order moved in a way one of its parties should hear about, fired by the module that owns
 * orders inside the order's own transaction, so the notification exists exactly when the move
 * does. {@code toSeller} tells the shop's owner from the buyer; {@code state} is the order's new
 * state and {@code previousState} the one before (null for a new order), both as named by the
 * order's owner (PAID, SHIPPED, REFUNDED …).
 */
public record OrderNotice(long recipientId, long orderId, boolean toSeller, String state, String previousState) {
}
