package org.notegarden.commerce.internal.order;

import org.notegarden.commerce.internal.cart.Quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.ProblemException;

class CheckoutRulesTest {
    private static final CheckoutRules.ShipTo HOME = new CheckoutRules.ShipTo(" Mia ", "+33 1", "1 rue", "Paris", "", "75001", "fr");

    private static List<String> fields(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aQuoteNeedsNoKeyOrPaymentAndNormalisesTheAddress() {
        var q = CheckoutRules.checkQuote(new CheckoutRules.QuoteInput(HOME, List.of(new CheckoutRules.Item(7L, 2, 42L)), " SAVE "));
        assertEquals("FR", q.shipTo().country());
        assertEquals("Mia", q.shipTo().name());
        assertEquals("SAVE", q.couponCode());
        assertEquals(42L, q.items().get(0).noteId());
    }

    @Test
    void everyProblemIsNamedInOneAnswer() {
        List<String> f = fields(() -> CheckoutRules.check(new CheckoutRules.Input("short",
                new CheckoutRules.ShipTo("", "", "x", "y", null, null, "XX"),
                Arrays.asList(new CheckoutRules.Item(1L, 0, null), new CheckoutRules.Item(2L, 100, null),
                        new CheckoutRules.Item(3L, 1, null), new CheckoutRules.Item(3L, 1, null), null),
                "C".repeat(41), " ", null)));
        assertEquals(List.of("idempotencyKey", "shipTo.name", "shipTo.phone", "shipTo.country", "items[0].quantity",
                "items[1].quantity", "items[3].skuId", "items[4].skuId", "couponCode", "paymentMethod"), f);
    }

    @Test
    void anOrderHasOneToFiftyLines() {
        assertTrue(fields(() -> CheckoutRules.checkQuote(new CheckoutRules.QuoteInput(HOME, List.of(), null))).contains("items"));
        var many = java.util.stream.LongStream.rangeClosed(1, 51).mapToObj(i -> new CheckoutRules.Item(i, 1, null)).toList();
        assertTrue(fields(() -> CheckoutRules.checkQuote(new CheckoutRules.QuoteInput(HOME, many, null))).contains("items"));
        var fifty = many.subList(0, 50);
        assertFalse(CheckoutRules.checkQuote(new CheckoutRules.QuoteInput(HOME, fifty, null)).items().isEmpty());
    }

    @Test
    void quantitiesAreWholeNumbersNeverTruncated() {
        assertEquals(2, Quantities.whole(new java.math.BigDecimal("2")));
        assertEquals(2, Quantities.whole(new java.math.BigDecimal("2.0")), "2.0 is two");
        assertEquals(null, Quantities.whole(new java.math.BigDecimal("1.5")));
        assertEquals(null, Quantities.whole(new java.math.BigDecimal("1e2")), "above the limit");
        assertEquals(null, Quantities.whole(new java.math.BigDecimal("1e-9999")));
        assertEquals(null, Quantities.whole(new java.math.BigDecimal("0")));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.notegarden.platform.api.ProblemException.class,
                () -> CheckoutRules.checkQuote(new CheckoutRules.QuoteInput(HOME,
                        List.of(new CheckoutRules.Item(7L, new java.math.BigDecimal("1.5"), null)), null)));
        assertEquals("items[0].quantity", e.errors().get(0).field());
    }
}
