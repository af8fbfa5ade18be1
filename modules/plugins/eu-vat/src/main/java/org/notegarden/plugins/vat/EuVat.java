package org.notegarden.plugins.vat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.TaxCalculator;

/**
 * Standard VAT rates of the EU member states (basis points), charged on goods and shipping for
 * destinations inside the EU. Rates change: the operator overrides any with {@code rate.<CC>}.
 */
final class EuVat implements TaxCalculator {
    static final Map<String, Integer> STANDARD = Map.ofEntries(
            Map.entry("AT", 2000), Map.entry("BE", 2100), Map.entry("BG", 2000), Map.entry("HR", 2500),
            Map.entry("CY", 1900), Map.entry("CZ", 2100), Map.entry("DK", 2500), Map.entry("EE", 2200),
            Map.entry("FI", 2550), Map.entry("FR", 2000), Map.entry("DE", 1900), Map.entry("GR", 2400),
            Map.entry("HU", 2700), Map.entry("IE", 2300), Map.entry("IT", 2200), Map.entry("LV", 2100),
            Map.entry("LT", 2100), Map.entry("LU", 1700), Map.entry("MT", 1800), Map.entry("NL", 2100),
            Map.entry("PL", 2300), Map.entry("PT", 2300), Map.entry("RO", 1900), Map.entry("SK", 2300),
            Map.entry("SI", 2200), Map.entry("ES", 2100), Map.entry("SE", 2500));

    private final Function<String, Optional<String>> overrides;

    EuVat(Function<String, Optional<String>> overrides) {
        this.overrides = overrides;
    }

    @Override
    public String id() {
        return "eu-vat";
    }

    @Override
    public Optional<Adjustment> tax(PricingRequest request, Money taxableAmount) {
        String country = request.shipTo().country().toUpperCase(Locale.ROOT);
        if (!STANDARD.containsKey(country)) {
            return Optional.empty();
        }
        long bp = overrides.apply(country).map(EuVat::basisPoints).orElse((long) STANDARD.get(country));
        String percent = BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
        return Optional.of(new Adjustment("vat:" + country, "VAT " + percent + "% (" + country + ")", taxableAmount.percent(bp)));
    }

    private static long basisPoints(String percent) {
        return new BigDecimal(percent.replace("%", "").trim()).movePointRight(2).longValueExact();
    }
}
