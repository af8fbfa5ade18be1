package org.notegarden.app.itplugin;

import java.util.List;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.Promotion;
import org.notegarden.storefront.spi.StorefrontPlugin;

/** A promotion whose rules service is down: every checkout that asks it fails, until its circuit opens. */
public class FailingPromotionPlugin implements StorefrontPlugin {
    @Override
    public String id() {
        return "failing-promo";
    }

    @Override
    public List<Promotion> promotions() {
        return List.of(new Promotion() {
            @Override
            public String id() {
                return "always-down";
            }

            @Override
            public List<Adjustment> apply(PricingRequest request, Money subtotal) {
                throw new IllegalStateException("promotion rules at rules.internal:9000 timed out");
            }
        });
    }
}
