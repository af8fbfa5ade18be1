package org.notegarden.app.itplugin;

import java.util.List;
import java.util.Optional;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.StorefrontPlugin;
import org.notegarden.storefront.spi.TaxCalculator;

/** A tax calculator whose service is down: checkout must stop with 503, never charge without tax. */
public class BrokenTaxPlugin implements StorefrontPlugin {
    @Override
    public String id() {
        return "broken-tax";
    }

    @Override
    public List<TaxCalculator> taxCalculators() {
        return List.of(new TaxCalculator() {
            @Override
            public String id() {
                return "down";
            }

            @Override
            public Optional<Adjustment> tax(PricingRequest request, Money taxable) {
                throw new IllegalStateException("tax backend tax.internal:8443 refused the connection");
            }
        });
    }
}
