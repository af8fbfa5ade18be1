package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notegarden.commerce.internal.pricing.Estimates;
import org.notegarden.commerce.internal.pricing.PriceView;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopRepository;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.community.api.ProductRatings;
import org.notegarden.platform.api.EnumValues;

/**
 * How a product appears in the API: texts in both languages, images, active variants with price
 * and stock, and its rating from verified reviews (absent until one gives stars).
 */
@ApplicationScoped
public class ProductViews {
    MediaLookup media;
    Estimates estimates;
    ProductBadgeSource badges;

    ShopRepository shopRepository;
    ProductRatings ratings;

    @Inject
    public ProductViews(MediaLookup media, Estimates estimates, ProductBadgeSource badges, ShopRepository shopRepository,
                        ProductRatings ratings) {
        this.shopRepository = shopRepository;
        this.ratings = ratings;
        this.media = media;
        this.estimates = estimates;
        this.badges = badges;
    }

    /** For the CDI container's proxy only. */
    protected ProductViews() {
    }

    /** How the viewer sees prices and labels: their currency for estimates (may be null) and language for badges. */
    public record Viewer(Long accountId, String currency, Locale locale) {
        public static Viewer of(Long accountId) {
            return new Viewer(accountId, null, Locale.ENGLISH);
        }
    }

    /** A variant; {@code estimate} is its price in the viewer's currency when asked for and known. */
    public record SkuView(long id, String code, Map<String, String> options, PriceView price, PriceView estimate, int stock,
                          boolean inStock, Integer weightGrams) {
    }

    public record ImageView(long id, String url, String gridUrl) {
    }

    public record ShopRef(long id, String name) {
    }

    public record ProductView(long id, ShopRef shop, String titleEn, String titleZh, String descriptionEn,
                              String descriptionZh, String category, @EnumValues(Product.Status.class) String status, List<ImageView> images,
                              List<SkuView> skus, PriceView priceFrom, PriceView priceFromEstimate,
                              List<ProductBadgeSource.BadgeView> badges, boolean mine, boolean heldForReview,
                              ProductRatings.Rating rating) {
    }

    public ProductView view(Product p, Long viewer) {
        return view(p, Viewer.of(viewer));
    }

    /**
     * A product with, when the viewer has a currency and a rate is known, an estimate of its
     * lowest price in that currency, and the badges of the shop's plugins in the viewer's language.
     */
    public ProductView view(Product p, Viewer viewer) {
        return view(p, viewer, ratings.of(List.of(p.getId())));
    }

    /** Products of a list as {@link #view(Product, Viewer)} shows one, with all their ratings read at once. */
    public List<ProductView> views(List<Product> products, Viewer viewer) {
        Map<Long, ProductRatings.Rating> rated = ratings.of(products.stream().map(Product::getId).toList());
        return products.stream().map(p -> view(p, viewer, rated)).toList();
    }

    private ProductView view(Product p, Viewer viewer, Map<Long, ProductRatings.Rating> rated) {
        Shop shop = shopRepository.of(p.getShopId());
        String currency = shop.getCurrency();
        List<SkuView> skus = p.getSkus().stream().filter(Sku::isActive)
                .map(s -> {
                    PriceView price = new PriceView(s.getPriceMinor(), currency);
                    return new SkuView(s.getId(), s.getCode(), s.optionMap(), price, estimates.estimate(price, viewer.currency()),
                            s.getStock(), s.getStock() > 0, s.getWeightGrams());
                }).toList();
        PriceView from = skus.stream().map(SkuView::price).min(java.util.Comparator.comparingLong(PriceView::minor)).orElse(null);
        List<ImageView> images = p.getImageMediaIds().stream().map(media::find).flatMap(java.util.Optional::stream)
                .map(m -> new ImageView(m.id(), m.url(), m.gridUrl())).toList();
        boolean onSale = p.getStatus() == Product.Status.ACTIVE && shop.getStatus() == Shop.Status.APPROVED;
        return new ProductView(p.getId(), new ShopRef(shop.getId(), shop.getPublicName()), p.getTitleEn(), p.getTitleZh(),
                p.getDescriptionEn(), p.getDescriptionZh(), p.getCategory(), p.getStatus().name(), images, skus, from,
                estimates.estimate(from, viewer.currency()),
                onSale ? badges.badges(p, shop.getId(), from, viewer.locale()) : List.of(),
                viewer.accountId() != null && viewer.accountId() == shop.getOwnerId(), p.isHeldForReview(),
                rated.get(p.getId()));
    }
}
