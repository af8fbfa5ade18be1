package org.notegarden.plugins.vat;

import java.util.List;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.StorefrontPlugin;
import org.notegarden.storefront.spi.TaxCalculator;

/** EU VAT at the destination country's standard rate; {@code rate.<CC>} overrides one (e.g. 19%). */
public class EuVatPlugin implements StorefrontPlugin {
    private EuVat vat = new EuVat(key -> java.util.Optional.empty());

    @Override
    public String id() {
        return "eu-vat";
    }

    @Override
    public String displayName() {
        return "EU VAT";
    }

    @Override
    public void start(PluginContext context) {
        vat = new EuVat(country -> context.config("rate." + country));
    }

    @Override
    public List<TaxCalculator> taxCalculators() {
        return List.of(vat);
    }
}
