package org.notegarden.commerce.internal.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint can listen for, by the name they carry on the wire ({@code order.paid}). */
public enum WebhookEventType {
    ORDER_PLACED("order.placed"),
    ORDER_PAID("order.paid"),
    ORDER_SHIPPED("order.shipped"),
    ORDER_RECEIVED("order.received"),
    ORDER_CANCELLED("order.cancelled"),
    ORDER_REFUNDED("order.refunded"),
    PRODUCT_OUT_OF_STOCK("product.out_of_stock"),
    REVIEW_POSTED("review.posted");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** The event an order's new state raises, if any (a refund request or completion raises none). */
    public static Optional<WebhookEventType> ofOrderState(String state) {
        return switch (state) {
            case "PLACED" -> Optional.of(ORDER_PLACED);
            case "PAID" -> Optional.of(ORDER_PAID);
            case "SHIPPED" -> Optional.of(ORDER_SHIPPED);
            case "RECEIVED" -> Optional.of(ORDER_RECEIVED);
            case "CANCELLED" -> Optional.of(ORDER_CANCELLED);
            case "REFUNDED" -> Optional.of(ORDER_REFUNDED);
            default -> Optional.empty();
        };
    }
}
