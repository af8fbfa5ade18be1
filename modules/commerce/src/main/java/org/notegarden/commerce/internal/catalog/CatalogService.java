package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopRepository;
import org.notegarden.commerce.internal.shop.ShopSummary;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Problems;

/** Merchants manage their own shop's products; everyone reads active products of approved shops. */
@ApplicationScoped
public class CatalogService {
    Clock clock;
    ShopService shops;
    MediaLookup media;
    Screening screening;

    ShopRepository shopRepository;

    ProductRepository productRepository;

    /** Tells the note pages' product cards (fired inside the transaction, heard when it commits). */
    Event<ProductChanged> productChanged;

    @Inject
    public CatalogService(Clock clock, ShopService shops, MediaLookup media, Screening screening, ShopRepository shopRepository,
            ProductRepository productRepository, Event<ProductChanged> productChanged) {
        this.productChanged = productChanged;
        this.productRepository = productRepository;
        this.shopRepository = shopRepository;
        this.clock = clock;
        this.shops = shops;
        this.media = media;
        this.screening = screening;
    }

    /** For the CDI container's proxy only. */
    protected CatalogService() {
    }

    @Transactional
    public Product create(long merchantId, CatalogRules.ProductInput input) {
        Shop shop = approvedShopOf(merchantId);
        CatalogRules.ValidProduct valid = CatalogRules.check(input, ownImages(merchantId, input.imageMediaIds()));
        Product product = new Product(shop.getId(), clock.instant());
        product.edit(valid, clock.instant());
        productRepository.add(product);
        screen(product, merchantId);
        productChanged.fire(new ProductChanged(product.getId()));
        return product;
    }

    /**
     * A listing about to be on sale is screened like any public text: refused words answer 422,
     * held text keeps the listing a draft until a moderator decides.
     */
    private void screen(Product product, long merchantId) {
        if (product.getStatus() != Product.Status.ACTIVE) {
            return;
        }
        productRepository.flush();
        String text = String.join("\n", nz(product.getTitleEn()), nz(product.getTitleZh()), nz(product.getDescriptionEn()),
                nz(product.getDescriptionZh()));
        var verdict = screening.screen(new Screening.Submission(
                SubjectKind.PRODUCT, product.getId(), merchantId, null, "titleEn", text));
        if (verdict.held()) {
            product.holdForReview();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Transactional
    public Product update(long merchantId, long productId, CatalogRules.ProductInput input) {
        Product product = requireOwn(merchantId, productId);
        if (product.isHeldForReview()) {
            throw Problems.conflict("productId", CommerceMessages.LISTING_IS_WAITING_FOR_MODERATOR_IT_CAN_BE);
        }
        product.edit(CatalogRules.check(input, ownImages(merchantId, input.imageMediaIds())), clock.instant());
        screen(product, merchantId);
        productChanged.fire(new ProductChanged(productId));
        return product;
    }

    /** Sets one variant's stock, e.g. after a delivery from the supplier. */
    @Transactional
    public Product setStock(long merchantId, long productId, String code, Integer stock) {
        Product product = requireOwn(merchantId, productId);
        if (stock == null || stock < 0 || stock > CatalogRules.MAX_STOCK) {
            throw Problems.invalid("stock", CommerceMessages.MUST_BE_BETWEEN_0_AND_N, CatalogRules.MAX_STOCK);
        }
        Sku sku = product.getSkus().stream().filter(s -> s.getCode().equals(code) && s.isActive()).findFirst()
                .orElseThrow(() -> Problems.notFound("code", CommerceMessages.VARIANT_N_DOES_NOT_EXIST, code));
        productRepository.setStock(product, sku.getId(), stock);
        productChanged.fire(new ProductChanged(productId));
        return product;
    }

    /** A product the viewer may see: ACTIVE in an approved shop, or any of the merchant's own. */
    public Product requireVisible(long productId, Long viewerId) {
        Product p = productRepository.byId(productId)
                .orElseThrow(() -> Problems.notFound("productId", CommerceMessages.PRODUCT_N_DOES_NOT_EXIST, productId));
        Shop shop = shopRepository.of(p.getShopId());
        boolean own = viewerId != null && shop.getOwnerId() == viewerId;
        if (!own && (p.getStatus() != Product.Status.ACTIVE || shop.getStatus() != Shop.Status.APPROVED)) {
            throw Problems.notFound("productId", CommerceMessages.PRODUCT_N_DOES_NOT_EXIST, productId);
        }
        return p;
    }

    /** A shop's products, newest first: active ones for everyone, all for the owner. */
    public List<Product> ofShop(long shopId, Long viewerId, Cursor after, int limit) {
        boolean own = viewerId != null && shopRepository.byId(shopId).filter(s -> s.getOwnerId() == viewerId).isPresent();
        return productRepository.ofShop(shopId, own, after, limit);
    }

    /** Products by id, whatever their state (the caller decides what to show); absent ids are left out. */
    public Map<Long, Product> byIds(Collection<Long> productIds) {
        return productRepository.byIds(productIds);
    }

    /** A variant together with what checkout and the cart need of its product and shop. */
    public record Variant(Sku sku, ProductSummary product, ShopSummary shop) {
    }

    /** Variants with their products and shops in one statement, keyed by SKU id; unknown ids are absent. */
    public Map<Long, Variant> variants(Collection<Long> skuIds) {
        return productRepository.variants(skuIds);
    }

    private Product requireOwn(long merchantId, long productId) {
        Product p = requireVisible(productId, merchantId);
        Shop shop = shopRepository.of(p.getShopId());
        if (shop.getOwnerId() != merchantId) {
            throw Problems.forbidden(CommerceMessages.ONLY_SHOPS_OWNER_MANAGES_ITS_PRODUCTS);
        }
        return p;
    }

    private Shop approvedShopOf(long merchantId) {
        Shop shop = shops.byOwner(merchantId).orElseThrow(() -> Problems.forbidden(CommerceMessages.OPEN_SHOP_BEFORE_ADDING_PRODUCTS));
        if (shop.getStatus() != Shop.Status.APPROVED) {
            throw Problems.forbidden(CommerceMessages.YOUR_SHOP_IS_NOT_APPROVED_YET);
        }
        return shop;
    }

    private Set<Long> ownImages(long merchantId, List<Long> ids) {
        Set<Long> own = new HashSet<>();
        if (ids != null && ids.size() <= CatalogRules.MAX_IMAGES) {
            for (Long id : ids) {
                if (id != null) {
                    media.find(id).filter(m -> m.ownerId() == merchantId && m.image()).ifPresent(m -> own.add(m.id()));
                }
            }
        }
        return own;
    }
}
