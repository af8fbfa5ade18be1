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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.commerce.fixtures.CouponPlugin;
import org.notegarden.commerce.fixtures.FlatShippingAndTaxPlugin;
import org.notegarden.commerce.fixtures.GreedyPlugin;
import org.notegarden.commerce.fixtures.HangingPlugin;
import org.notegarden.commerce.fixtures.ThrowingPlugin;
import org.notegarden.commerce.internal.plugins.PluginGuard;
import org.notegarden.commerce.internal.plugins.PluginHost;
import org.notegarden.commerce.internal.plugins.TestPluginJars;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.CartLine;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

class PricingPipelineTest {
    @TempDir
    Path plugins;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });
    private PluginHost host;

    @AfterEach
    void stop() {
        host.shutdown();
        workers.shutdownNow();
    }

    private PricingPipeline pipeline(Class<?>... pluginClasses) throws Exception {
        for (Class<?> c : pluginClasses) {
            String id = c.getSimpleName().equals("FlatShippingAndTaxPlugin") ? "flat"
                    : c.getSimpleName().equals("CouponPlugin") ? "coupons"
                    : c.getSimpleName().equals("ThrowingPlugin") ? "thrower"
                    : c.getSimpleName().equals("HangingPlugin") ? "hanger" : "greedy";
            TestPluginJars.build(plugins, id, c, id, "1.0", List.of());
        }
        host = new PluginHost(plugins, new PluginGuard(workers, Duration.ofMillis(300), Clock.systemUTC()),
                id -> new org.notegarden.commerce.internal.plugins.TestContexts().of(id));
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
        assertEquals(2, b.skipped().size(), b.skipped().toString());
        assertTrue(b.skipped().stream().anyMatch(s -> s.contains("did not answer within 300 ms")));
        assertTrue(b.skipped().stream().anyMatch(s -> s.contains("promotion exploded")));
    }

    @Test
    void pluginsCannotRaisePricesMixCurrenciesOrGoBelowZero() throws Exception {
        PriceBreakdown b = pipeline(GreedyPlugin.class, FlatShippingAndTaxPlugin.class).price(cart("DE", null), p -> true);
        assertEquals(new Money(-2000, "EUR"), b.discounts().get(0).amount(), "capped at the subtotal");
        assertEquals(new Money(550, "EUR"), b.total(), "only shipping and its tax remain");
        assertEquals(2, b.skipped().size(), b.skipped().toString());
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
