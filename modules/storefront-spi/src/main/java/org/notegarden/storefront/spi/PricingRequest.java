package org.notegarden.storefront.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pricing step sees: one shop's lines in the shop's currency, where they go, an optional
 * coupon code the buyer typed, and the moment of pricing (use it, not the wall clock, so that
 * time-limited sales are decided consistently). Since 1.2 also who is buying, as far as pricing
 * needs it: the buyer's language (label promotions in it) and the country the buyer is in.
 *
 * @param buyerLocale  a BCP 47 tag such as {@code zh-TW} or {@code en}; {@code en} from older hosts
 * @param buyerRegion  the ISO 3166 country the request came from, or empty when unknown (since 1.2)
 * @param couponUses   how often the typed coupon was redeemed before, by this buyer and in total
 *                     in this shop (since 1.2), so that a promotion can enforce its limits
 */
public record PricingRequest(String shopId, String currency, List<CartLine> lines, Address shipTo,
                             String couponCode, Instant at, String buyerLocale, String buyerRegion,
                             CouponUses couponUses) {
    /**
     * Redemptions of one coupon code in one shop, counted by the host from its orders (cancelled
     * orders give theirs back). A discount whose {@link Adjustment#code()} is
     * {@code coupon:<CODE>} is a redemption of {@code CODE}: the host records it with the order.
     */
    public record CouponUses(int byBuyer, int total) {
        public static final CouponUses NONE = new CouponUses(0, 0);
    }

    public PricingRequest {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(at, "at");
        buyerLocale = buyerLocale == null || buyerLocale.isBlank() ? "en" : buyerLocale;
        buyerRegion = buyerRegion == null ? "" : buyerRegion;
        couponUses = couponUses == null ? CouponUses.NONE : couponUses;
    }

    /** The 1.0/1.1 shape, kept so plugins built against it still link. */
    public PricingRequest(String shopId, String currency, List<CartLine> lines, Address shipTo, String couponCode, Instant at) {
        this(shopId, currency, lines, shipTo, couponCode, at, "en", "", CouponUses.NONE);
    }

    /** The buyer's language as a {@link java.util.Locale}. */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(buyerLocale);
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
