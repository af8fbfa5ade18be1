package org.notegarden.plugins.promotions;

import java.util.List;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.ProductBadges;
import org.notegarden.storefront.spi.Promotion;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * Three promotions, each configured by the operator:
 * {@code coupons} ({@code WELCOME10:10%;per-buyer=1,SAVE20:2000;total=500}, limits counted by the host), {@code spend-save} tiers for 满减
 * ({@code 29900:4000,19900:2000}: spend at least 199.00, save 20.00) and a time-limited
 * {@code sale} ({@code 2026-11-11T00:00:00Z/2026-11-12T00:00:00Z:15%}).
 */
public class PromotionsPlugin implements StorefrontPlugin {
    private List<Promotion> promotions = build(Coupons.DEFAULT, SpendAndSave.DEFAULT, "");
    private List<ProductBadges> badges = List.of();

    @Override
    public String id() {
        return "promotions";
    }

    @Override
    public String displayName() {
        return "Coupons, 满减 and sales";
    }

    @Override
    public void start(PluginContext context) {
        promotions = build(context.config("coupons").orElse(Coupons.DEFAULT),
                context.config("spend-save").orElse(SpendAndSave.DEFAULT), context.config("sale").orElse(""));
        SpendAndSave tiers = (SpendAndSave) promotions.get(1);
        TimedSale sale = promotions.size() > 2 ? (TimedSale) promotions.get(2) : null;
        badges = List.of(new PromotionBadges(tiers, sale, context.clock()));
    }

    @Override
    public List<ProductBadges> productBadges() {
        return badges;
    }

    private static List<Promotion> build(String coupons, String tiers, String sale) {
        return sale.isBlank()
                ? List.of(Coupons.parse(coupons), SpendAndSave.parse(tiers))
                : List.of(Coupons.parse(coupons), SpendAndSave.parse(tiers), TimedSale.parse(sale));
    }

    @Override
    public List<Promotion> promotions() {
        return promotions;
    }
}
