package org.notegarden.commerce.internal.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.commerce.internal.pricing.ExchangeRates;
import org.notegarden.commerce.internal.pricing.PriceView;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.platform.api.MediaLookup;
import org.notegarden.storefront.spi.Money;

/** How a product appears in the API: texts in both languages, images, active variants with price and stock. */
@ApplicationScoped
public class ProductViews {
    @Inject
    MediaLookup media;
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    @ConfigProperty(name = "notegarden.exchange-rates.base", defaultValue = ExchangeRates.DEFAULT_BASE)
    String ratesBase;
    @Inject
    @ConfigProperty(name = "notegarden.exchange-rates", defaultValue = ExchangeRates.DEFAULT_RATES)
    String ratesTable;

    /** Parsed once: the table is configuration, not request data. */
    private ExchangeRates rates;

    @PostConstruct
    void parseRates() {
        rates = ExchangeRates.parse(ratesBase, ratesTable);
    }

    /** A view with, when {@code buyerCurrency} is given and a rate is known, an estimate of the lowest price in it. */
    public ProductView view(Product p, Long viewer, String buyerCurrency) {
        ProductView v = view(p, viewer);
        if (buyerCurrency == null || v.priceFrom() == null) {
            return v;
        }
        PriceView estimate = rates.estimate(new Money(v.priceFrom().minor(), v.priceFrom().currency()), buyerCurrency)
                .map(m -> new PriceView(m.minor(), m.currency())).orElse(null);
        return new ProductView(v.id(), v.shop(), v.titleEn(), v.titleZh(), v.descriptionEn(), v.descriptionZh(), v.category(),
                v.status(), v.images(), v.skus(), v.priceFrom(), estimate, v.mine());
    }

    public record SkuView(long id, String code, Map<String, String> options, PriceView price, int stock, boolean inStock) {
    }

    public record ImageView(String url, String gridUrl) {
    }

    public record ShopRef(long id, String name) {
    }

    public record ProductView(long id, ShopRef shop, String titleEn, String titleZh, String descriptionEn,
                              String descriptionZh, String category, String status, List<ImageView> images,
                              List<SkuView> skus, PriceView priceFrom, PriceView priceFromEstimate, boolean mine) {
    }

    public ProductView view(Product p, Long viewer) {
        Shop shop = em.find(Shop.class, p.getShopId());
        String currency = shop.getCurrency();
        List<SkuView> skus = p.getSkus().stream().filter(Sku::isActive)
                .map(s -> new SkuView(s.getId(), s.getCode(), s.optionMap(), new PriceView(s.getPriceMinor(), currency), s.getStock(),
                        s.getStock() > 0)).toList();
        PriceView from = skus.stream().map(SkuView::price).min(java.util.Comparator.comparingLong(PriceView::minor)).orElse(null);
        List<ImageView> images = p.getImageMediaIds().stream().map(media::find).flatMap(java.util.Optional::stream)
                .map(m -> new ImageView(m.url(), m.gridUrl())).toList();
        return new ProductView(p.getId(), new ShopRef(shop.getId(), shop.getName()), p.getTitleEn(), p.getTitleZh(),
                p.getDescriptionEn(), p.getDescriptionZh(), p.getCategory(), p.getStatus().name(), images, skus, from, null,
                viewer != null && viewer == shop.getOwnerId());
    }
}
