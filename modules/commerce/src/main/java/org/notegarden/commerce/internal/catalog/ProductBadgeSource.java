package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.notegarden.commerce.internal.plugins.PluginHost;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.commerce.internal.pricing.BuyerScript;
import org.notegarden.commerce.internal.pricing.PriceView;
import org.notegarden.commerce.internal.shop.ShopPlugins;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.ProductBadges;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * Badges from the plugins a shop has not switched off, each call guarded: a failing or slow
 * badge provider is skipped (and shows as its plugin's last error), never breaking a product page.
 */
@ApplicationScoped
public class ProductBadgeSource {
    /** Keeps cards tidy whatever a plugin returns. */
    private static final int MAX_PER_PLUGIN = 3;
    private static final int MAX_LABEL = 30;

    StorefrontPlugins plugins;
    ShopPlugins shopPlugins;

    @Inject
    public ProductBadgeSource(StorefrontPlugins plugins, ShopPlugins shopPlugins) {
        this.plugins = plugins;
        this.shopPlugins = shopPlugins;
    }

    /** For the CDI container's proxy only. */
    protected ProductBadgeSource() {
    }

    public record BadgeView(String plugin, String code, String label) {
    }

    public List<BadgeView> badges(Product p, long shopId, PriceView priceFrom, Locale locale) {
        if (priceFrom == null) {
            return List.of();
        }
        PluginHost host = plugins.host();
        Set<String> off = shopPlugins.disabled(shopId);
        var info = new ProductBadges.ProductInfo(String.valueOf(p.getId()), String.valueOf(shopId), p.getCategory(),
                new Money(priceFrom.minor(), priceFrom.currency()));
        List<BadgeView> out = new ArrayList<>();
        for (var ext : host.extensions(StorefrontPlugin::productBadges)) {
            if (off.contains(ext.plugin().id())) {
                continue;
            }
            List<ProductBadges.Badge> found = host.guard().callQuietly(ext.plugin(), "product badges",
                    () -> ext.extension().badges(info, locale));
            if (found == null) {
                continue;
            }
            found.stream().filter(b -> b != null && b.code() != null && b.label() != null && !b.label().isBlank())
                    .limit(MAX_PER_PLUGIN)
                    .map(b -> new BadgeView(ext.plugin().id(), b.code(), BuyerScript.text(
                            b.label().length() > MAX_LABEL ? b.label().substring(0, MAX_LABEL) : b.label(), locale.toLanguageTag())))
                    .forEach(out::add);
        }
        return out;
    }
}
