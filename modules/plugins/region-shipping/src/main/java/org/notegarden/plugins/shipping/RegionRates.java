package org.notegarden.plugins.shipping;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.ShippingRates;

/**
 * Rates in minor units of the shop's currency, keyed by country code, the region {@code EU} or
 * the fallback {@code *}; configured as {@code CN:800,EU:1290,US:1590,*:2500}. Orders at or
 * above the free-shipping threshold (after promotions) ship free.
 */
public final class RegionRates implements ShippingRates {
    public static final String DEFAULT_RATES = "CN:800,HK:1500,EU:1290,US:1590,*:2500";
    public static final long DEFAULT_FREE_OVER = 9900;
    static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private final Map<String, Long> rates;
    private final long freeOver;

    private RegionRates(Map<String, Long> rates, long freeOver) {
        this.rates = rates;
        this.freeOver = freeOver;
    }

    public static RegionRates parse(String table, long freeOver) {
        Map<String, Long> rates = new HashMap<>();
        for (String entry : table.split(",")) {
            String[] kv = entry.trim().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("rates entry '" + entry + "' is not REGION:AMOUNT");
            }
            rates.put(kv[0].trim().toUpperCase(java.util.Locale.ROOT), Long.parseLong(kv[1].trim()));
        }
        return new RegionRates(Map.copyOf(rates), freeOver);
    }

    @Override
    public String id() {
        return "region-rates";
    }

    @Override
    public Optional<Adjustment> quote(PricingRequest request, Money subtotalAfterPromotions) {
        String country = request.shipTo().country().toUpperCase(java.util.Locale.ROOT);
        Long rate = rates.get(country);
        String region = country;
        if (rate == null && EU.contains(country)) {
            rate = rates.get("EU");
            region = "EU";
        }
        if (rate == null) {
            rate = rates.get("*");
            region = "international";
        }
        if (rate == null) {
            return Optional.empty(); // no fallback configured: this provider does not ship there
        }
        boolean chinese = request.buyerLocale() != null && request.buyerLocale().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
        if (subtotalAfterPromotions.minor() >= freeOver) {
            return Optional.of(new Adjustment("shipping:free", chinese ? "包邮" : "Free shipping", Money.zero(request.currency())));
        }
        String where = chinese && "international".equals(region) ? "国际" : region;
        return Optional.of(new Adjustment("shipping:" + region, chinese ? "运费（" + where + "）" : "Shipping (" + region + ")",
                new Money(rate, request.currency())));
    }
}
