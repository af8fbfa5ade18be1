package org.notegarden.storefront.spi;

/**
 * The entry point of a storefront plugin, found with {@link java.util.ServiceLoader} in the
 * plugin's own JARs ({@code META-INF/services/org.notegarden.storefront.spi.StorefrontPlugin}).
 *
 * <p>Lifecycle: the host creates one instance per plugin load with the public no-argument
 * constructor, reads {@link #id()}, and keeps the instance until the plugin is reloaded or
 * removed. Every method other than {@link #id()} is {@code default}, so extension points added
 * in later minor versions never break an existing plugin.
 *
 * <p>The extension lists ({@link #paymentProviders()} and the others) are read once, after
 * {@link #start}, and kept until the plugin is reloaded: return the same extensions every time,
 * and let each extension decide per call what applies (a promotion that does not apply returns
 * no adjustment). A getter that throws is asked again at the next use.
 */
public interface StorefrontPlugin {
    /** A stable id, lower case with dashes ({@code sandbox-payments}); must match the manifest. */
    String id();

    /** A short human-readable name for the admin's plugin list. */
    default String displayName() {
        return id();
    }

    /** Called once after loading, before any extension is used. Throwing refuses the plugin. */
    default void start(PluginContext context) {
    }

    /** Called before the plugin is unloaded (reload, shutdown). */
    default void stop() {
    }

    default java.util.List<PaymentProvider> paymentProviders() {
        return java.util.List.of();
    }

    default java.util.List<ShippingRates> shippingRates() {
        return java.util.List.of();
    }

    default java.util.List<TaxCalculator> taxCalculators() {
        return java.util.List.of();
    }

    default java.util.List<Promotion> promotions() {
        return java.util.List.of();
    }

    default java.util.List<ProductBadges> productBadges() {
        return java.util.List.of();
    }

    default java.util.List<OrderListener> orderListeners() {
        return java.util.List.of();
    }
}
