package org.notegarden.plugins.sandbox;

import java.util.List;
import org.notegarden.storefront.spi.PaymentProvider;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.StorefrontPlugin;

/** Registers the sandbox card provider: for development and tests, never real money. */
public class SandboxPaymentsPlugin implements StorefrontPlugin {
    private SandboxCards cards = new SandboxCards(30_000);

    @Override
    public String id() {
        return "sandbox-payments";
    }

    @Override
    public String displayName() {
        return "Sandbox payments (test cards)";
    }

    @Override
    public void start(PluginContext context) {
        long hangMillis = context.config("hang-millis").map(Long::parseLong).orElse(30_000L);
        cards = new SandboxCards(hangMillis);
    }

    @Override
    public List<PaymentProvider> paymentProviders() {
        return List.of(cards);
    }
}
