package org.notegarden.storefront.spi;

import java.util.Optional;

/** Computes tax on what the buyer pays for goods and shipping; empty when no tax applies. */
public interface TaxCalculator {
    String id();

    Optional<Adjustment> tax(PricingRequest request, Money taxableAmount);
}
