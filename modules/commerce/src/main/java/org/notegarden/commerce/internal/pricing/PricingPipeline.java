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
 * only discount (and never below zero), shipping and tax only add. Money is never silently
 * wrong: a shipping or tax plugin that fails, times out, is paused or answers something invalid
 * stops the quote ({@link PluginStepUnavailableException}); only a promotion may be skipped, and
 * the buyer then reads {@link #PROMOTION_SKIPPED}, never the plugin's own error (that goes to the
 * plugin's admin view and the log, with an incident id). Which plugins take part is decided by
 * {@code enabled} (per shop, by the merchant).
 */
public final class PricingPipeline {
    /** What the buyer and the stored order read when a promotion plugin fails. */
    public static final String PROMOTION_SKIPPED = "a promotion could not be applied";

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
            List<Adjustment> found;
            try {
                found = host.guard().call(ext.plugin(), "promotion", () -> promo.apply(request, base));
            } catch (PluginCallException e) {
                skipped.add(PROMOTION_SKIPPED);
                continue;
            }
            if (found == null) {
                continue;
            }
            for (Adjustment a : found) {
                if (!valid(a, currency, false)) {
                    ext.plugin().recordError("promotion gave " + (a == null ? "null" : a.amount()) + ", not a discount in "
                            + currency, request.at());
                    skipped.add(PROMOTION_SKIPPED);
                    continue;
                }
                Money capped = a.amount().minor() < -discounted.minor() ? discounted.negate() : a.amount();
                Adjustment applied = BuyerScript.label(new Adjustment(a.code(), a.label(), capped), request.buyerLocale());
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
            Optional<Adjustment> quote = required(ext.plugin(), "shipping", () -> rates.quote(request, base));
            if (quote != null && quote.isPresent()) {
                if (!valid(quote.get(), currency, true)) {
                    ext.plugin().recordError("shipping quote " + quote.get().amount() + " is not a fee in " + currency, request.at());
                    throw new PluginStepUnavailableException("shipping");
                }
                shipping = BuyerScript.label(quote.get(), request.buyerLocale());
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
            Optional<Adjustment> tax = required(ext.plugin(), "tax", () -> calc.tax(request, taxable));
            if (tax != null && tax.isPresent()) {
                if (!valid(tax.get(), currency, true)) {
                    ext.plugin().recordError("tax " + tax.get().amount() + " is not a charge in " + currency, request.at());
                    throw new PluginStepUnavailableException("tax");
                }
                taxes.add(BuyerScript.label(tax.get(), request.buyerLocale()));
                total = total.plus(tax.get().amount());
            }
        }
        return new PriceBreakdown(subtotal, discounts, shipping, taxes, total, skipped);
    }

    /** A step the total depends on: any failure of its plugin stops the quote. */
    private <T> T required(LoadedPlugin plugin, String step, java.util.concurrent.Callable<T> body) {
        try {
            return host.guard().call(plugin, step, body);
        } catch (PluginCallException e) {
            throw new PluginStepUnavailableException(step);
        }
    }

    private static boolean valid(Adjustment a, String currency, boolean charge) {
        return a != null && a.amount().currency().equals(currency) && (charge ? a.amount().minor() >= 0 : a.amount().minor() <= 0);
    }
}
