package org.notegarden.storefront.spi;

import java.util.Objects;

/**
 * A line of the price breakdown a plugin contributes: a discount (negative), a shipping fee or
 * a tax (positive).
 *
 * @param code   a stable machine code, e.g. {@code coupon:WELCOME10} or {@code vat:DE}
 * @param label  a short human-readable label shown to the buyer
 * @param amount the amount, in the request's currency
 */
public record Adjustment(String code, String label, Money amount) {
    public Adjustment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }
}
