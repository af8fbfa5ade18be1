package org.notegarden.plugins.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

class RegionRatesTest {
    private static PricingRequest to(String country) {
        return new PricingRequest("s", "CNY", List.of(), new Address(country, "", "", ""), null, Instant.EPOCH);
    }

    @Test
    void ratesByCountryRegionAndFallback() {
        RegionRates r = RegionRates.parse(RegionRates.DEFAULT_RATES, 9900);
        Money small = new Money(5000, "CNY");
        assertEquals(800, r.quote(to("CN"), small).orElseThrow().amount().minor());
        assertEquals(1290, r.quote(to("DE"), small).orElseThrow().amount().minor());
        assertEquals(2500, r.quote(to("BR"), small).orElseThrow().amount().minor());
        assertEquals(0, r.quote(to("CN"), new Money(9900, "CNY")).orElseThrow().amount().minor(), "free over the threshold");
    }

    @Test
    void withoutFallbackSomeCountriesAreNotServed() {
        RegionRates r = RegionRates.parse("CN:800", 100_000);
        assertTrue(r.quote(to("US"), new Money(1, "CNY")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> RegionRates.parse("CN=800", 1));
    }

    @Test
    void labelsFollowTheBuyersLanguage() {
        RegionRates r = RegionRates.parse(RegionRates.DEFAULT_RATES, 9900);
        PricingRequest zh = new PricingRequest("s", "CNY", List.of(), new Address("BR", "", "", ""), null, Instant.EPOCH,
                "zh-TW", "TW", PricingRequest.CouponUses.NONE);
        assertEquals("运费（国际）", r.quote(zh, new Money(5000, "CNY")).orElseThrow().label());
        assertEquals("包邮", r.quote(zh, new Money(9900, "CNY")).orElseThrow().label());
        assertEquals("Shipping (CN)", r.quote(to("CN"), new Money(5000, "CNY")).orElseThrow().label());
    }
}
