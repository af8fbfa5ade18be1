package com.example.giftwrap;

import java.util.List;
import java.util.Optional;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.ShippingRates;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * Gift-wrapped delivery at a flat fee, set by the operator as
 * {@code notegarden.plugin.gift-wrap.fee} (minor units of the cart's currency; 500 by default).
 * Replace it with your own extension points: see the partner guide in the SPI's README.
 */
public class GiftWrapPlugin implements StorefrontPlugin {
    private long fee = 500;

    @Override
    public String id() {
        return "gift-wrap";
    }

    @Override
    public void start(PluginContext context) {
        fee = context.config("fee").map(Long::parseLong).orElse(500L);
    }

    @Override
    public List<ShippingRates> shippingRates() {
        return List.of(new ShippingRates() {
            @Override
            public String id() {
                return "gift-wrap";
            }

            @Override
            public Optional<Adjustment> quote(PricingRequest request, Money subtotal) {
                return Optional.of(new Adjustment("gift-wrap", "Gift-wrapped delivery", new Money(fee, request.currency())));
            }
        });
    }
}
