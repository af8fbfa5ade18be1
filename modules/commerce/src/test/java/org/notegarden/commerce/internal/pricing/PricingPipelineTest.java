package org.notegarden.commerce.internal.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.commerce.fixtures.BrokenTaxPlugin;
import org.notegarden.commerce.fixtures.CouponPlugin;
import org.notegarden.commerce.fixtures.FlatShippingAndTaxPlugin;
import org.notegarden.commerce.fixtures.GreedyPlugin;
import org.notegarden.commerce.fixtures.HangingPlugin;
import org.notegarden.commerce.fixtures.ThrowingPlugin;
import org.notegarden.commerce.internal.plugins.TestGuards;
import org.notegarden.commerce.internal.plugins.PluginHost;
import org.notegarden.commerce.internal.plugins.TestPluginJars;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.CartLine;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

class PricingPipelineTest {
    @TempDir
    Path plugins;
    private PluginHost host;

    @AfterEach
    void stop() {
        host.shutdown();
    }

    private PricingPipeline pipeline(Class<?>... pluginClasses) throws Exception {
        for (Class<?> c : pluginClasses) {
            String id = c.getSimpleName().equals("FlatShippingAndTaxPlugin") ? "flat"
                    : c.getSimpleName().equals("CouponPlugin") ? "coupons"
                    : c.getSimpleName().equals("ThrowingPlugin") ? "thrower"
                    : c.getSimpleName().equals("HangingPlugin") ? "hanger"
                    : c.getSimpleName().equals("BrokenTaxPlugin") ? "broken-tax" : "greedy";
            TestPluginJars.build(plugins, id, c, id, "1.0", List.of());
        }
        host = new PluginHost(plugins, new TestGuards().guard(Duration.ofMillis(300)),
                id -> new org.notegarden.commerce.internal.plugins.TestContexts().of(id), TestGuards.permissions(Map.of()));
        host.reload();
        return new PricingPipeline(host);
    }

    private static PricingRequest cart(String country, String coupon) {
        return new PricingRequest("shop", "EUR", List.of(new CartLine("sku", "p", "Tea", "food", 2, new Money(1000, "EUR"))),
                new Address(country, "", "", ""), coupon, Instant.EPOCH);
    }

    @Test
    void subtotalPromotionsShippingTaxTotal() throws Exception {
        PriceBreakdown b = pipeline(CouponPlugin.class, FlatShippingAndTaxPlugin.class).price(cart("DE", "SAVE"), p -> true);
        assertEquals(new Money(2000, "EUR"), b.subtotal());
        assertEquals(new Money(-200, "EUR"), b.discounts().get(0).amount());
        assertEquals(new Money(500, "EUR"), b.shipping().amount());
        assertEquals(new Money(230, "EUR"), b.taxes().get(0).amount(), "10 % of 18.00 + 5.00");
        assertEquals(new Money(2530, "EUR"), b.total());
        assertTrue(b.skipped().isEmpty());
    }

    @Test
    void failingAndHangingPromotionsAreSkippedAndReported() throws Exception {
        PriceBreakdown b = pipeline(ThrowingPlugin.class, HangingPlugin.class, FlatShippingAndTaxPlugin.class)
                .price(cart("DE", null), p -> true);
        assertEquals(new Money(2750, "EUR"), b.total(), "priced without them: 20.00 + 5.00 + 2.50");
        assertEquals(List.of(PricingPipeline.PROMOTION_SKIPPED, PricingPipeline.PROMOTION_SKIPPED), b.skipped(),
                "the buyer reads neutral wording, never the plugin's exception");
        var byId = host.plugins().stream().collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p));
        assertTrue(byId.get("hanger").lastError().contains("did not answer within 300 ms"), byId.get("hanger").lastError());
        assertTrue(byId.get("thrower").lastError().contains("promotion exploded"), "the detail goes to the admin view");
        assertTrue(byId.get("thrower").lastError().matches(".*\\[incident [0-9a-f]{8}\\]"), "with an incident id for the log");
    }

    @Test
    void aBrokenTaxPluginStopsTheQuoteInsteadOfUnderCharging() throws Exception {
        PricingPipeline p = pipeline(FlatShippingAndTaxPlugin.class, BrokenTaxPlugin.class);
        PluginStepUnavailableException e = assertThrows(PluginStepUnavailableException.class,
                () -> p.price(cart("DE", null), plugin -> true));
        assertEquals("tax", e.step());
        assertTrue(!e.getMessage().contains("secret-host"), "the plugin's own words stay out of the answer");
        assertEquals(new Money(2750, "EUR"), p.price(cart("DE", null), plugin -> !plugin.id().equals("broken-tax")).total(),
                "a shop that has the broken plugin off is unaffected");
    }

    @Test
    void pluginsCannotRaisePricesMixCurrenciesOrGoBelowZero() throws Exception {
        PriceBreakdown b = pipeline(GreedyPlugin.class, FlatShippingAndTaxPlugin.class).price(cart("DE", null), p -> true);
        assertEquals(new Money(-2000, "EUR"), b.discounts().get(0).amount(), "capped at the subtotal");
        assertEquals(new Money(550, "EUR"), b.total(), "only shipping and its tax remain");
        assertEquals(List.of(PricingPipeline.PROMOTION_SKIPPED, PricingPipeline.PROMOTION_SKIPPED), b.skipped());
    }

    @Test
    void disabledPluginsTakeNoPartAndNoShippingIsAnError() throws Exception {
        PricingPipeline p = pipeline(CouponPlugin.class, FlatShippingAndTaxPlugin.class);
        PriceBreakdown withoutCoupons = p.price(cart("DE", "SAVE"), plugin -> !plugin.id().equals("coupons"));
        assertTrue(withoutCoupons.discounts().isEmpty());
        assertThrows(NoShippingException.class, () -> p.price(cart("AQ", null), plugin -> true));
        assertThrows(NoShippingException.class, () -> p.price(cart("DE", null), plugin -> !plugin.id().equals("flat")));
    }
}
