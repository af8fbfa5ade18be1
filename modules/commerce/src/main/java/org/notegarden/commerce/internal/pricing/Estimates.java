package org.notegarden.commerce.internal.pricing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.Problems;
import org.notegarden.storefront.spi.Money;

/**
 * Buyer-currency estimates of shop prices from the operator's exchange rates
 * ({@code notegarden.exchange-rates} against {@code notegarden.exchange-rates.base}). Estimates
 * are for orientation only: buyers always pay in the shop's currency.
 */
@ApplicationScoped
public class Estimates {
    String ratesBase;
    String ratesTable;

    @Inject
    public Estimates(@ConfigProperty(name = "notegarden.exchange-rates.base",
            defaultValue = ExchangeRates.DEFAULT_BASE) String ratesBase,
                    @ConfigProperty(name = "notegarden.exchange-rates",
                            defaultValue = ExchangeRates.DEFAULT_RATES) String ratesTable) {
        this.ratesBase = ratesBase;
        this.ratesTable = ratesTable;
    }

    /** For the CDI container's proxy only. */
    protected Estimates() {
    }

    /** Parsed once: the table is configuration, not request data. */
    private ExchangeRates rates;

    @PostConstruct
    void parseRates() {
        rates = ExchangeRates.parse(ratesBase, ratesTable);
    }

    /** The estimate of {@code price} in {@code buyerCurrency}; null when none is asked for, needed or known. */
    public PriceView estimate(PriceView price, String buyerCurrency) {
        if (price == null || buyerCurrency == null || buyerCurrency.equals(price.currency())) {
            return null;
        }
        return rates.estimate(new Money(price.minor(), price.currency()), buyerCurrency)
                .map(m -> new PriceView(m.minor(), m.currency())).orElse(null);
    }

    /** A buyer currency from a query parameter: null, or an ISO 4217 code (else 400 naming the field). */
    public static String buyerCurrency(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        if (!param.matches("[A-Z]{3}")) {
            throw Problems.invalid("currency", CommerceMessages.MUST_BE_ISO_4217_CODE_SUCH_AS_USD);
        }
        return param;
    }
}
