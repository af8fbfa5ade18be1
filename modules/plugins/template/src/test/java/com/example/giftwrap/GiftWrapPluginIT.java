package com.example.giftwrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.notegarden.commerce.api.PluginTrial;
import org.notegarden.plugintestkit.PluginSettings;
import org.notegarden.plugintestkit.PluginTestKit;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.CartLine;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

/** The packaged JAR through the host's loader, bytecode check, guard and pricing (the plugin test kit). */
@ExtendWith(PluginTestKit.class)
class GiftWrapPluginIT {
    private static final PricingRequest CART = new PricingRequest("shop-1", "EUR",
            List.of(new CartLine("MUG-1", "p-1", "Tea mug", "home", 2, new Money(1500, "EUR"))),
            new Address("FR", null, "Paris", "75001"), null, Instant.now());

    @Test
    void theHostLoadsItAndAddsTheDefaultFee(PluginTrial trial) {
        assertEquals("ACTIVE", trial.state(), trial.reason());
        PluginTrial.Priced priced = trial.price(CART);
        assertEquals(new Money(500, "EUR"), priced.shipping().amount());
        assertEquals(new Money(3500, "EUR"), priced.total());
    }

    @Test
    @PluginSettings({"fee=700"})
    void theOperatorSetsTheFee(PluginTrial trial) {
        assertEquals(new Money(700, "EUR"), trial.price(CART).shipping().amount());
    }
}
