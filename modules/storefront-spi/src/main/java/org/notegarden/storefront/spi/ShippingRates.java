package org.notegarden.storefront.spi;

import java.util.Optional;

/** Prices shipping for a request; empty when this provider does not ship there. */
public interface ShippingRates {
    String id();

    Optional<Adjustment> quote(PricingRequest request, Money subtotalAfterPromotions);
}
