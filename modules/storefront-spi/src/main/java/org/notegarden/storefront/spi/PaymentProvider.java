package org.notegarden.storefront.spi;

import java.util.Objects;

/**
 * Takes payments and refunds. Calls are bounded in time by the host: a provider that does not
 * answer in time has failed that payment, and the host releases the reserved stock.
 * Implementations must be idempotent per {@code idempotencyKey}.
 */
public interface PaymentProvider {
    /** Stable id, shown to buyers as the payment method's key, e.g. {@code sandbox-card}. */
    String id();

    /** A short label for the checkout page. */
    default String displayName() {
        return id();
    }

    /**
     * The checkout label in the buyer's language ({@code zh-TW}, {@code zh-CN} or {@code en} today);
     * the host converts Simplified to Traditional Chinese for 繁體 buyers when a plugin gives only
     * Simplified, so {@code zh} is enough.
     *
     * @since 1.4
     */
    default String displayName(java.util.Locale buyerLocale) {
        return displayName();
    }

    PaymentResult charge(PaymentRequest request);

    PaymentResult refund(RefundRequest request);

    /**
     * @param orderId        the host's order id
     * @param amount         what to charge
     * @param paymentToken   what the buyer's client obtained from the provider (a card token;
     *                       for the sandbox, a test card number)
     * @param idempotencyKey the same key means the same charge
     */
    record PaymentRequest(String orderId, Money amount, String paymentToken, String idempotencyKey) {
        public PaymentRequest {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    /** A refund of an earlier charge, identified by the reference the charge returned. */
    record RefundRequest(String orderId, String chargeReference, Money amount, String idempotencyKey) {
    }

    /** The outcome; {@code message} is safe to show to the buyer. */
    record PaymentResult(Status status, String reference, String message) {
        public enum Status { APPROVED, DECLINED }

        public static PaymentResult approved(String reference) {
            return new PaymentResult(Status.APPROVED, reference, "approved");
        }

        public static PaymentResult declined(String message) {
            return new PaymentResult(Status.DECLINED, null, message);
        }
    }
}
