package org.notegarden.plugins.shipping;

import java.util.List;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.ShippingRates;
import org.notegarden.storefront.spi.StorefrontPlugin;

/** Flat shipping rates by destination region, with a free-shipping threshold. */
public class RegionShippingPlugin implements StorefrontPlugin {
    private RegionRates rates = RegionRates.parse(RegionRates.DEFAULT_RATES, RegionRates.DEFAULT_FREE_OVER);

    @Override
    public String id() {
        return "region-shipping";
    }

    @Override
    public String displayName() {
        return "Shipping by region";
    }

    @Override
    public void start(PluginContext context) {
        rates = RegionRates.parse(context.config("rates").orElse(RegionRates.DEFAULT_RATES),
                context.config("free-over").map(Long::parseLong).orElse(RegionRates.DEFAULT_FREE_OVER));
    }

    @Override
    public List<ShippingRates> shippingRates() {
        return List.of(rates);
    }
}
