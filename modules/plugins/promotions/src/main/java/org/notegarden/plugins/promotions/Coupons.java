package org.notegarden.plugins.promotions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.Promotion;

/** Coupon codes, matched ignoring case. */
final class Coupons implements Promotion {
    static final String DEFAULT = "WELCOME10:10%";
    private final Map<String, Discount> codes;

    private Coupons(Map<String, Discount> codes) {
        this.codes = codes;
    }

    static Coupons parse(String table) {
        Map<String, Discount> codes = new HashMap<>();
        for (String entry : table.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.trim().split(":");
            codes.put(kv[0].trim().toUpperCase(Locale.ROOT), Discount.parse(kv[1]));
        }
        return new Coupons(Map.copyOf(codes));
    }

    @Override
    public String id() {
        return "coupons";
    }

    @Override
    public List<Adjustment> apply(PricingRequest request, Money subtotal) {
        return request.coupon().map(c -> c.toUpperCase(Locale.ROOT)).filter(codes::containsKey)
                .map(c -> List.of(new Adjustment("coupon:" + c, "Coupon " + c, codes.get(c).of(subtotal).negate())))
                .orElse(List.of());
    }
}
