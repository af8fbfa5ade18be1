package org.notegarden.commerce.internal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.notegarden.commerce.internal.catalog.CatalogRules;
import org.notegarden.commerce.internal.catalog.CatalogService;
import org.notegarden.commerce.internal.catalog.Product;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopRules;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.platform.api.DemoEvents;

/**
 * Opens a demo shop for each demo shopkeeper the community announces (approved by the system,
 * audited as such), fills it from {@link DemoCatalog} with the shopkeeper's pictures, and
 * answers with the products so notes can feature them. Goes through the same services as the
 * REST API, so demo data obeys every rule real data does.
 */
@ApplicationScoped
public class DemoShops {
    private static final Logger LOG = Logger.getLogger(DemoShops.class.getName());

    @Inject
    ShopService shops;
    @Inject
    CatalogService catalog;
    @Inject
    Event<DemoEvents.ProductsReady> productsReady;

    void open(@Observes DemoEvents.ShopkeepersReady ready) {
        List<DemoEvents.DemoProduct> made = new ArrayList<>();
        for (DemoEvents.Shopkeeper keeper : ready.shopkeepers()) {
            DemoCatalog.ShopPlan plan = DemoCatalog.BY_THEME.get(keeper.theme());
            if (plan == null || shops.byOwner(keeper.accountId()).isPresent()) {
                continue;
            }
            Shop shop = shops.apply(keeper.accountId(), ShopRules.check(plan.name(), plan.description(), null,
                    plan.currency(), plan.legalName(), plan.address(), "shop" + keeper.accountId() + "@demo.notegarden.dev",
                    "+86 400 000 0000", "DEMO-" + keeper.accountId(), true));
            shops.decide(null, shop.getId(), true, "demo data");
            int picture = 0;
            for (DemoCatalog.Item item : plan.items()) {
                List<Long> images = new ArrayList<>();
                for (int i = 0; i < 2 && !keeper.pictureMediaIds().isEmpty(); i++) {
                    images.add(keeper.pictureMediaIds().get(picture++ % keeper.pictureMediaIds().size()));
                }
                Product p = catalog.create(keeper.accountId(), new CatalogRules.ProductInput(item.titleEn(), item.titleZh(),
                        item.descriptionEn(), item.descriptionZh(), item.category(), images,
                        item.skus().stream().map(s -> new CatalogRules.SkuInput(s.code(), s.options(), s.price(), s.stock())).toList(),
                        "ACTIVE"));
                made.add(new DemoEvents.DemoProduct(p.getId(), keeper.accountId(), keeper.theme(), item.titleEn(), item.titleZh()));
            }
        }
        LOG.info(() -> "Demo shops: " + made.size() + " products on sale.");
        productsReady.fire(new DemoEvents.ProductsReady(made));
    }
}
