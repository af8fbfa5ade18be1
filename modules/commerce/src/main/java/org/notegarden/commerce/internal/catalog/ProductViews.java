package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.platform.api.MediaLookup;

/** How a product appears in the API: texts in both languages, images, active variants with price and stock. */
@ApplicationScoped
public class ProductViews {
    @Inject
    MediaLookup media;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "notegarden.exchange-rates.base",
            defaultValue = org.notegarden.commerce.internal.pricing.ExchangeRates.DEFAULT_BASE)
    String ratesBase;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "notegarden.exchange-rates",
            defaultValue = org.notegarden.commerce.internal.pricing.ExchangeRates.DEFAULT_RATES)
    String ratesTable;

    /** A view with, when {@code buyerCurrency} is given and a rate is known, an estimate of the lowest price in it. */
    public ProductView view(Product p, Long viewer, String buyerCurrency) {
        ProductView v = view(p, viewer);
        if (buyerCurrency == null || v.priceFrom() == null) {
            return v;
        }
        var rates = org.notegarden.commerce.internal.pricing.ExchangeRates.parse(ratesBase, ratesTable);
        Price estimate = rates.estimate(new org.notegarden.storefront.spi.Money(v.priceFrom().minor(), v.priceFrom().currency()),
                buyerCurrency).map(m -> new Price(m.minor(), m.currency())).orElse(null);
        return new ProductView(v.id(), v.shop(), v.titleEn(), v.titleZh(), v.descriptionEn(), v.descriptionZh(), v.category(),
                v.status(), v.images(), v.skus(), v.priceFrom(), estimate, v.mine());
    }
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public record Price(long minor, String currency) {
    }

    public record SkuView(long id, String code, Map<String, String> options, Price price, int stock, boolean inStock) {
    }

    public record ImageView(String url, String gridUrl) {
    }

    public record ShopRef(long id, String name) {
    }

    public record ProductView(long id, ShopRef shop, String titleEn, String titleZh, String descriptionEn,
                              String descriptionZh, String category, String status, List<ImageView> images,
                              List<SkuView> skus, Price priceFrom, Price priceFromEstimate, boolean mine) {
    }

    public ProductView view(Product p, Long viewer) {
        Shop shop = em.find(Shop.class, p.getShopId());
        String currency = shop.getCurrency();
        List<SkuView> skus = p.getSkus().stream().filter(Sku::isActive)
                .map(s -> new SkuView(s.getId(), s.getCode(), s.optionMap(), new Price(s.getPriceMinor(), currency), s.getStock(),
                        s.getStock() > 0)).toList();
        Price from = skus.stream().map(SkuView::price).min(java.util.Comparator.comparingLong(Price::minor)).orElse(null);
        List<ImageView> images = p.getImageMediaIds().stream().map(media::find).flatMap(java.util.Optional::stream)
                .map(m -> new ImageView(m.url(), m.gridUrl())).toList();
        return new ProductView(p.getId(), new ShopRef(shop.getId(), shop.getName()), p.getTitleEn(), p.getTitleZh(),
                p.getDescriptionEn(), p.getDescriptionZh(), p.getCategory(), p.getStatus().name(), images, skus, from, null,
                viewer != null && viewer == shop.getOwnerId());
    }
}
