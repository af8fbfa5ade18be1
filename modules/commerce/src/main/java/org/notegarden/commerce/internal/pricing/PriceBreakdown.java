package org.notegarden.commerce.internal.pricing;

import java.util.List;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;

/**
 * A readable price: every line that led from the subtotal to the total, and the plugin steps
 * that were skipped (with why), so buyers, merchants and admins can all follow it.
 */
public record PriceBreakdown(Money subtotal, List<Adjustment> discounts, Adjustment shipping, List<Adjustment> taxes,
                             Money total, List<String> skipped) {
    public PriceBreakdown {
        discounts = List.copyOf(discounts);
        taxes = List.copyOf(taxes);
        skipped = List.copyOf(skipped);
    }
}
