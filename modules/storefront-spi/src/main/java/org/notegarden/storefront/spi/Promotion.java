package org.notegarden.storefront.spi;

import java.util.List;

/**
 * A promotion: coupon codes, spend-X-save-Y (满减), time-limited sales. Called once per
 * pricing with the subtotal; returns the discounts that apply (negative amounts), or none.
 * A promotion that throws or takes too long is skipped and reported; the order is priced
 * without it.
 */
public interface Promotion {
    /** Stable id within the plugin, e.g. {@code spend-and-save}. */
    String id();

    List<Adjustment> apply(PricingRequest request, Money subtotal);
}
