package org.notegarden.commerce.internal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.commerce.internal.pricing.PriceBreakdown;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;

class BreakdownViewTest {
    @Test
    void theStoredBreakdownReadsBackAsTheTypedView() {
        PriceBreakdown price = new PriceBreakdown(new Money(5000, "EUR"),
                List.of(new Adjustment("coupon:WELCOME10", "10 % off", new Money(-500, "EUR"))),
                new Adjustment("region-shipping", "Standard", new Money(1290, "EUR")),
                List.of(new Adjustment("eu-vat", "VAT 20 %", new Money(1158, "EUR"))), new Money(6948, "EUR"),
                List.of("a promotion could not be applied"));
        BreakdownView view = BreakdownView.of(CheckoutService.json(price));
        assertEquals(new BreakdownView(5000, List.of(new BreakdownView.AdjustmentView("coupon:WELCOME10", "10 % off", -500)),
                new BreakdownView.AdjustmentView("region-shipping", "Standard", 1290),
                List.of(new BreakdownView.AdjustmentView("eu-vat", "VAT 20 %", 1158)), 6948, "EUR",
                List.of("a promotion could not be applied")), view);
    }

    @Test
    void anOlderBreakdownWithoutCurrencyOrSkippedReadsAsEmpty() {
        BreakdownView view = BreakdownView.of("{\"subtotal\":100,\"discounts\":[],\"shipping\":{\"code\":\"s\",\"label\":\"S\",\"amount\":0},"
                + "\"taxes\":[],\"total\":100}");
        assertEquals(List.of(), view.skipped());
        assertEquals(null, view.currency());
        assertEquals(100, view.total());
    }
}
