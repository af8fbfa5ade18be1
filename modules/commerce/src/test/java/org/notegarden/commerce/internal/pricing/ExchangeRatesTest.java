package org.notegarden.commerce.internal.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.Money;

class ExchangeRatesTest {
    private final ExchangeRates rates = ExchangeRates.parse("CNY", "EUR:7.80,USD:7.20,JPY:0.048");

    @Test
    void convertsThroughTheBaseRespectingMinorUnits() {
        assertEquals(new Money(7800, "CNY"), rates.estimate(new Money(1000, "EUR"), "CNY").orElseThrow());
        assertEquals(new Money(1083, "USD"), rates.estimate(new Money(1000, "EUR"), "USD").orElseThrow(), "10 EUR = 78 CNY = 10.83 USD");
        assertEquals(new Money(1625, "JPY"), rates.estimate(new Money(1000, "EUR"), "JPY").orElseThrow(), "yen have no minor unit");
        assertEquals(new Money(5, "EUR"), rates.estimate(new Money(5, "EUR"), "EUR").orElseThrow());
        assertTrue(rates.estimate(new Money(1000, "EUR"), "CHF").isEmpty(), "no rate, no guess");
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ExchangeRates.parse("CNY", "EUR=7.8"));
        assertThrows(IllegalArgumentException.class, () -> ExchangeRates.parse("CNY", "EUR:-1"));
        assertThrows(IllegalArgumentException.class, () -> ExchangeRates.parse("CNY", "XYZ:1"));
    }
}
