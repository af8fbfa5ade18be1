package org.notegarden.plugintestkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.notegarden.commerce.api.PluginTrial;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.CartLine;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

/**
 * The kit as a partner uses it, on the example promotions plugin (its build's JAR), priced with
 * the example shipping plugin beside it as a real cart would be.
 */
@ExtendWith(PluginTestKit.class)
class PluginTestKitTest {
    private static PricingRequest cart(String coupon) {
        return new PricingRequest("shop-1", "EUR", List.of(new CartLine("50G", "p-1", "Gyokuro", "food", 1, new Money(5000, "EUR"))),
                new Address("FR", null, "Paris", "75001"), coupon, Instant.parse("2026-12-02T10:00:00Z"));
    }

    @Test
    void theDefaultCouponIsAppliedThroughTheHostsPipeline(PluginTrial trial) {
        assertEquals("promotions", trial.pluginId());
        assertEquals("ACTIVE", trial.state(), trial.reason());
        PluginTrial.Priced priced = trial.price(cart("welcome10"));
        assertEquals(new Money(-500, "EUR"), priced.discounts().get(0).amount());
        assertEquals(new Money(1290, "EUR"), priced.shipping().amount(), "from the shipping companion");
        assertEquals(new Money(5790, "EUR"), priced.total());
        assertEquals(List.of(), priced.skipped());
        assertNull(trial.lastError());
    }

    @Test
    @PluginSettings({"coupons=SPRING:20%"})
    void settingsReachThePluginAsTheOperatorWouldGiveThem(PluginTrial trial) {
        assertEquals(new Money(-1000, "EUR"), trial.price(cart("SPRING")).discounts().get(0).amount());
        assertEquals(List.of(), trial.price(cart("WELCOME10")).discounts(), "the operator's list replaced the default");
    }
}
