package org.notegarden.plugins.promotions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.Promotion;

/**
 * Coupon codes, matched ignoring case, each with optional limits after its discount:
 * {@code WELCOME10:10%;per-buyer=1;total=1000;from=2026-01-01T00:00:00Z;until=2027-01-01T00:00:00Z}.
 * The limits are checked against the redemptions the host counts and hands over in every pricing
 * request (SPI 1.2), and the window against the pricing moment; the discount's code
 * {@code coupon:<CODE>} tells the host to record the redemption with the order.
 */
final class Coupons implements Promotion {
    static final String DEFAULT = "WELCOME10:10%;per-buyer=1";
    private final Map<String, Coupon> codes;

    /** One code: its discount and its limits (0 or null: none). */
    record Coupon(Discount discount, int perBuyer, int total, Instant from, Instant until) {
        boolean usable(PricingRequest.CouponUses uses, Instant at) {
            return (perBuyer == 0 || uses.byBuyer() < perBuyer) && (total == 0 || uses.total() < total)
                    && (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
        }
    }

    private Coupons(Map<String, Coupon> codes) {
        this.codes = codes;
    }

    static Coupons parse(String table) {
        Map<String, Coupon> codes = new HashMap<>();
        for (String entry : table.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String code = entry.substring(0, colon).trim().toUpperCase(Locale.ROOT);
            String[] parts = entry.substring(colon + 1).split(";");
            int perBuyer = 0;
            int total = 0;
            Instant from = null;
            Instant until = null;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                switch (kv[0].trim()) {
                    case "per-buyer" -> perBuyer = Integer.parseInt(kv[1].trim());
                    case "total" -> total = Integer.parseInt(kv[1].trim());
                    case "from" -> from = Instant.parse(kv[1].trim());
                    case "until" -> until = Instant.parse(kv[1].trim());
                    default -> throw new IllegalArgumentException("unknown coupon option " + kv[0]);
                }
            }
            codes.put(code, new Coupon(Discount.parse(parts[0]), perBuyer, total, from, until));
        }
        return new Coupons(Map.copyOf(codes));
    }

    @Override
    public String id() {
        return "coupons";
    }

    /** Labels follow the buyer's language; the host turns them into Traditional for those who read it. */
    static boolean chinese(PricingRequest request) {
        return request.buyerLocale() != null && request.buyerLocale().toLowerCase(Locale.ROOT).startsWith("zh");
    }

    @Override
    public List<Adjustment> apply(PricingRequest request, Money subtotal) {
        return request.coupon().map(c -> c.toUpperCase(Locale.ROOT)).filter(codes::containsKey)
                .filter(c -> codes.get(c).usable(request.couponUses(), request.at()))
                .map(c -> List.of(new Adjustment("coupon:" + c, (chinese(request) ? "优惠券 " : "Coupon ") + c,
                        codes.get(c).discount().of(subtotal).negate())))
                .orElse(List.of());
    }
}
