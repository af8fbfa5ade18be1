package org.notegarden.commerce.internal.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.notegarden.commerce.internal.plugins.LoadedPlugin;
import org.notegarden.commerce.internal.plugins.PluginCallException;
import org.notegarden.commerce.internal.plugins.PluginHost;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.Promotion;
import org.notegarden.storefront.spi.ShippingRates;
import org.notegarden.storefront.spi.StorefrontPlugin;
import org.notegarden.storefront.spi.TaxCalculator;

/**
 * Prices one shop's cart. Plugins can only move the price in their own direction: promotions
 * only discount (and never below zero), shipping and tax only add; an answer in the wrong
 * currency or direction, an exception or a time-out skips that step and is reported in the
 * breakdown. Which plugins take part is decided by {@code enabled} (per shop, by the merchant).
 */
public final class PricingPipeline {
    private final PluginHost host;

    public PricingPipeline(PluginHost host) {
        this.host = host;
    }

    public PriceBreakdown price(PricingRequest request, Predicate<LoadedPlugin> enabled) {
        String currency = request.currency();
        Money subtotal = request.subtotal();
        List<String> skipped = new ArrayList<>();

        List<Adjustment> discounts = new ArrayList<>();
        Money discounted = subtotal;
        for (var ext : host.extensions(StorefrontPlugin::promotions)) {
            if (!enabled.test(ext.plugin())) {
                continue;
            }
            Promotion promo = ext.extension();
            Money base = discounted;
            List<Adjustment> found = step(ext.plugin(), "promotion", skipped,
                    () -> promo.apply(request, base));
            if (found == null) {
                continue;
            }
            for (Adjustment a : found) {
                if (!valid(a, currency, false)) {
                    skipped.add(ext.plugin().id() + ": promotion gave " + a.amount() + ", not a discount in " + currency);
                    continue;
                }
                Money capped = a.amount().minor() < -discounted.minor() ? discounted.negate() : a.amount();
                Adjustment applied = new Adjustment(a.code(), a.label(), capped);
                discounts.add(applied);
                discounted = discounted.plus(capped);
            }
        }

        Adjustment shipping = null;
        for (var ext : host.extensions(StorefrontPlugin::shippingRates)) {
            if (!enabled.test(ext.plugin()) || shipping != null) {
                continue;
            }
            ShippingRates rates = ext.extension();
            Money base = discounted;
            Optional<Adjustment> quote = step(ext.plugin(), "shipping", skipped,
                    () -> rates.quote(request, base));
            if (quote != null && quote.isPresent()) {
                if (valid(quote.get(), currency, true)) {
                    shipping = quote.get();
                } else {
                    skipped.add(ext.plugin().id() + ": shipping quote " + quote.get().amount() + " is not a fee in " + currency);
                }
            }
        }
        if (shipping == null) {
            throw new NoShippingException(request.shipTo().country());
        }

        Money taxable = discounted.plus(shipping.amount());
        List<Adjustment> taxes = new ArrayList<>();
        Money total = taxable;
        for (var ext : host.extensions(StorefrontPlugin::taxCalculators)) {
            if (!enabled.test(ext.plugin())) {
                continue;
            }
            TaxCalculator calc = ext.extension();
            Optional<Adjustment> tax = step(ext.plugin(), "tax", skipped,
                    () -> calc.tax(request, taxable));
            if (tax != null && tax.isPresent()) {
                if (valid(tax.get(), currency, true)) {
                    taxes.add(tax.get());
                    total = total.plus(tax.get().amount());
                } else {
                    skipped.add(ext.plugin().id() + ": tax " + tax.get().amount() + " is not a charge in " + currency);
                }
            }
        }
        return new PriceBreakdown(subtotal, discounts, shipping, taxes, total, skipped);
    }

    private <T> T step(LoadedPlugin plugin, String what, List<String> skipped, java.util.concurrent.Callable<T> body) {
        try {
            return host.guard().call(plugin, what, body);
        } catch (PluginCallException e) {
            skipped.add(e.getMessage());
            return null;
        }
    }

    private static boolean valid(Adjustment a, String currency, boolean charge) {
        return a != null && a.amount().currency().equals(currency) && (charge ? a.amount().minor() >= 0 : a.amount().minor() <= 0);
    }
}
