package org.notegarden.storefront.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pricing step sees: one shop's lines in the shop's currency, where they go, an optional
 * coupon code the buyer typed, and the moment of pricing (use it, not the wall clock, so that
 * time-limited sales are decided consistently).
 */
public record PricingRequest(String shopId, String currency, List<CartLine> lines, Address shipTo,
                             String couponCode, Instant at) {
    public PricingRequest {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(at, "at");
    }

    public Money subtotal() {
        Money sum = Money.zero(currency);
        for (CartLine line : lines) {
            sum = sum.plus(line.total());
        }
        return sum;
    }

    public Optional<String> coupon() {
        return couponCode == null || couponCode.isBlank() ? Optional.empty() : Optional.of(couponCode.trim());
    }
}
