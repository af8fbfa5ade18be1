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
                              List<SkuView> skus, Price priceFrom, boolean mine) {
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
                p.getDescriptionEn(), p.getDescriptionZh(), p.getCategory(), p.getStatus().name(), images, skus, from,
                viewer != null && viewer == shop.getOwnerId());
    }
}
