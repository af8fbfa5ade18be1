package org.notegarden.storefront.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void arithmeticStaysInOneCurrency() {
        Money a = new Money(1999, "EUR");
        assertEquals(new Money(3998, "EUR"), a.times(2));
        assertEquals(new Money(0, "EUR"), a.minus(a));
        assertEquals(new Money(-1999, "EUR"), a.negate());
        assertThrows(IllegalArgumentException.class, () -> a.plus(new Money(1, "CNY")));
        assertThrows(IllegalArgumentException.class, () -> new Money(1, "eur"));
        assertThrows(ArithmeticException.class, () -> new Money(Long.MAX_VALUE, "EUR").times(2));
    }

    @Test
    void percentRoundsHalfUp() {
        assertEquals(new Money(380, "EUR"), new Money(1999, "EUR").percent(1900)); // 379.81 -> 380
        assertEquals(new Money(1, "EUR"), new Money(5, "EUR").percent(1000));     // 0.5 -> 1
        assertEquals(new Money(0, "EUR"), new Money(4, "EUR").percent(1000));     // 0.4 -> 0
    }

    @Test
    void pricingRequestSumsItsLines() {
        PricingRequest r = new PricingRequest("shop-1", "CNY",
                java.util.List.of(new CartLine("sku-1", "p1", "Tea", "food", 3, new Money(1200, "CNY")),
                        new CartLine("sku-2", "p2", "Cup", "home", 1, new Money(4500, "CNY"))),
                new Address("CN", "上海", "上海", "200000"), " SAVE ", java.time.Instant.EPOCH);
        assertEquals(new Money(8100, "CNY"), r.subtotal());
        assertEquals("SAVE", r.coupon().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new CartLine("s", "p", "t", "c", 0, new Money(1, "CNY")));
    }
}
