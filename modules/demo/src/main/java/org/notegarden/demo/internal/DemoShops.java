package org.notegarden.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.notegarden.commerce.api.StorefrontActions;
import org.notegarden.commerce.api.StorefrontActions.ProductPlan;
import org.notegarden.commerce.api.StorefrontActions.ShopPlan;
import org.notegarden.commerce.api.StorefrontActions.VariantPlan;

/**
 * Opens a demo shop for each demo shopkeeper (approved by the system, audited as such) and fills
 * it from {@link DemoCatalog} with pictures the shopkeeper uploaded.
 */
final class DemoShops {
    /** Demo people who also run a shop, and what they sell. */
    static final Map<String, String> SHOPKEEPERS = Map.of("huang_lei", "coffee", "chen_jing", "skincare",
            "mia_style", "outfit", "wang_fang", "home");

    /** A product now on sale, with what notes need to feature it. */
    record DemoProduct(long productId, long merchantAccountId, DemoContent.Theme theme, String titleEn, String titleZh) {
    }

    private final StorefrontActions storefront;
    private final DemoCommunity community;

    DemoShops(StorefrontActions storefront, DemoCommunity community) {
        this.storefront = storefront;
        this.community = community;
    }

    List<DemoProduct> open(Map<String, Long> people) {
        List<DemoProduct> made = new ArrayList<>();
        for (var keeper : new TreeMap<>(SHOPKEEPERS).entrySet()) {
            long owner = people.get(keeper.getKey());
            DemoCatalog.ShopPlan plan = DemoCatalog.BY_THEME.get(keeper.getValue());
            DemoContent.Theme theme = DemoContent.theme(keeper.getValue());
            if (plan == null || storefront.hasShop(owner)) {
                continue;
            }
            List<Long> pictures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pictures.add(community.picture(owner, theme, 1080, 1080));
            }
            storefront.openApprovedShop(owner, new ShopPlan(plan.name(), plan.description(), plan.currency(),
                    plan.legalName(), plan.address(), "shop" + owner + "@demo.notegarden.dev", "+86 400 000 0000",
                    "DEMO-" + owner, plan.country()), "demo data");
            int picture = 0;
            for (DemoCatalog.Item item : plan.items()) {
                List<Long> images = List.of(pictures.get(picture++ % pictures.size()), pictures.get(picture++ % pictures.size()));
                long productId = storefront.putOnSale(owner, new ProductPlan(item.titleEn(), item.titleZh(),
                        item.descriptionEn(), item.descriptionZh(), item.category(), images,
                        item.skus().stream().map(s -> new VariantPlan(s.code(), s.options(), s.price(), s.stock())).toList()));
                made.add(new DemoProduct(productId, owner, theme, item.titleEn(), item.titleZh()));
            }
        }
        return made;
    }
}
