package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.notegarden.commerce.api.StorefrontActions;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopRules;
import org.notegarden.commerce.internal.shop.ShopService;

/** The storefront's actions for code that acts on people's behalf, through the module's own services. */
@ApplicationScoped
public class StorefrontActionsService implements StorefrontActions {
    private final ShopService shops;
    private final CatalogService catalog;

    @Inject
    public StorefrontActionsService(ShopService shops, CatalogService catalog) {
        this.shops = shops;
        this.catalog = catalog;
    }

    /** For the CDI proxy only. */
    protected StorefrontActionsService() {
        this(null, null);
    }

    @Override
    public boolean hasShop(long ownerId) {
        return shops.byOwner(ownerId).isPresent();
    }

    @Override
    @Transactional
    public long openApprovedShop(long ownerId, ShopPlan plan, String reason) {
        Shop shop = shops.apply(ownerId, ShopRules.check(plan.name(), plan.description(), null, plan.currency(),
                plan.legalName(), plan.address(), plan.contactEmail(), plan.contactPhone(), plan.registrationNumber(), true,
                plan.country()));
        shops.decide(null, shop.getId(), true, reason);
        return shop.getId();
    }

    @Override
    public long putOnSale(long ownerId, ProductPlan product) {
        return catalog.create(ownerId, new CatalogRules.ProductInput(product.titleEn(), product.titleZh(),
                product.descriptionEn(), product.descriptionZh(), product.category(), product.imageMediaIds(),
                product.variants().stream().map(v -> new CatalogRules.SkuInput(v.code(), v.options(), v.priceMinor(),
                        v.stock())).toList(), "ACTIVE")).getId();
    }
}
