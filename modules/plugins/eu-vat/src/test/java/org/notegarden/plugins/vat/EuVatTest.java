package org.notegarden.plugins.vat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

class EuVatTest {
    private static PricingRequest to(String country) {
        return new PricingRequest("s", "EUR", List.of(), new Address(country, "", "", ""), null, Instant.EPOCH);
    }

    @Test
    void destinationCountryRateOnTheTaxableAmount() {
        EuVat vat = new EuVat(k -> Optional.empty());
        var de = vat.tax(to("DE"), new Money(10000, "EUR")).orElseThrow();
        assertEquals(1900, de.amount().minor());
        assertEquals("VAT 19% (DE)", de.label());
        assertEquals(2550, vat.tax(to("FI"), new Money(10000, "EUR")).orElseThrow().amount().minor());
        assertTrue(vat.tax(to("CN"), new Money(10000, "EUR")).isEmpty());
    }

    @Test
    void operatorOverridesARate() {
        EuVat vat = new EuVat(k -> k.equals("DE") ? Optional.of("7%") : Optional.empty());
        assertEquals(700, vat.tax(to("DE"), new Money(10000, "EUR")).orElseThrow().amount().minor());
    }
}
