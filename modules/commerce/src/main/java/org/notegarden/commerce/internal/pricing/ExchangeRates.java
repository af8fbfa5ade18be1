package org.notegarden.commerce.internal.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.notegarden.storefront.spi.Money;

/**
 * Operator-configured exchange rates for showing buyers an estimate in their own currency.
 * Rates are given against one base currency ({@code EUR:7.80} means 1 EUR = 7.80 base units);
 * any pair converts through the base. Buyers always pay in the shop's currency: this is only
 * an estimate and is labelled as one.
 */
public final class ExchangeRates {
    /** Defaults good enough for a demo; operators set notegarden.exchange-rates themselves. */
    public static final String DEFAULT_BASE = "CNY";
    public static final String DEFAULT_RATES = "USD:7.10,EUR:7.75,GBP:9.05,JPY:0.047,HKD:0.91,KRW:0.0051,SGD:5.30,AUD:4.65";

    private final String base;
    private final Map<String, BigDecimal> perUnit;

    private ExchangeRates(String base, Map<String, BigDecimal> perUnit) {
        this.base = base;
        this.perUnit = perUnit;
    }

    public static ExchangeRates parse(String base, String table) {
        Currency.getInstance(base);
        Map<String, BigDecimal> rates = new HashMap<>();
        rates.put(base, BigDecimal.ONE);
        for (String entry : table.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.trim().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("exchange rate '" + entry + "' is not CODE:RATE");
            }
            String code = Currency.getInstance(kv[0].trim()).getCurrencyCode();
            BigDecimal rate = new BigDecimal(kv[1].trim());
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("exchange rate for " + code + " must be positive");
            }
            rates.put(code, rate);
        }
        return new ExchangeRates(base, Map.copyOf(rates));
    }

    /** {@code money} in {@code target}, rounded half-up to the target's minor unit; empty when a rate is missing. */
    public Optional<Money> estimate(Money money, String target) {
        if (money.currency().equals(target)) {
            return Optional.of(money);
        }
        BigDecimal from = perUnit.get(money.currency());
        BigDecimal to = perUnit.get(target);
        if (from == null || to == null) {
            return Optional.empty();
        }
        int fromDigits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
        int toDigits = Math.max(0, Currency.getInstance(target).getDefaultFractionDigits());
        BigDecimal amount = BigDecimal.valueOf(money.minor(), fromDigits).multiply(from)
                .divide(to, toDigits, RoundingMode.HALF_UP);
        return Optional.of(new Money(amount.movePointRight(toDigits).longValueExact(), target));
    }

    public String base() {
        return base;
    }
}
