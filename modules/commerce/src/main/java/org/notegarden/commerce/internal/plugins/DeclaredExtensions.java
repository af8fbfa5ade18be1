package org.notegarden.commerce.internal.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.notegarden.storefront.spi.OrderListener;
import org.notegarden.storefront.spi.PaymentProvider;
import org.notegarden.storefront.spi.ProductBadges;
import org.notegarden.storefront.spi.Promotion;
import org.notegarden.storefront.spi.ShippingRates;
import org.notegarden.storefront.spi.StorefrontPlugin;
import org.notegarden.storefront.spi.TaxCalculator;

/**
 * A plugin's extension lists as read once, on one of its own threads, and kept while it stays
 * loaded (the SPI says so): asking the plugin again on every request was a hand-over to its
 * threads each time, twenty per checkout with the four example plugins, and those successful
 * readings between two failing calls of an extension reset its breaker's count of failures in a
 * row, so a promotion failing at every checkout never opened its circuit. As a
 * {@link StorefrontPlugin} it answers the same getters with the kept lists, on the caller's
 * thread, without running plugin code. {@code unreadable} names the lists whose getter failed;
 * those are empty here.
 */
record DeclaredExtensions(String id, List<PaymentProvider> paymentProviders, List<ShippingRates> shippingRates,
                          List<TaxCalculator> taxCalculators, List<Promotion> promotions, List<ProductBadges> productBadges,
                          List<OrderListener> orderListeners, List<String> unreadable) implements StorefrontPlugin {

    /** Reads every list of {@code plugin}; runs on the plugin's thread, inside its guard. */
    static DeclaredExtensions readFrom(StorefrontPlugin plugin) {
        List<String> unreadable = new ArrayList<>();
        return new DeclaredExtensions(plugin.id(),
                read(plugin::paymentProviders, "payment providers", unreadable),
                read(plugin::shippingRates, "shipping rates", unreadable),
                read(plugin::taxCalculators, "tax calculators", unreadable),
                read(plugin::promotions, "promotions", unreadable),
                read(plugin::productBadges, "product badges", unreadable),
                read(plugin::orderListeners, "order listeners", unreadable),
                List.copyOf(unreadable));
    }

    /** One getter's list, copied; a getter that throws (or answers null) gives an empty list and is named. */
    private static <T> List<T> read(Supplier<List<T>> getter, String kind, List<String> unreadable) {
        try {
            return List.copyOf(getter.get());
        } catch (RuntimeException | LinkageError e) {
            unreadable.add(kind + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return List.of();
        }
    }
}
