package org.notegarden.plugins.promotions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.ProductBadges;

/**
 * Tells buyers on the product card that a promotion applies: the entry 满减 tier ("满199减20" /
 * "Spend 199, save 20") and, while it runs, the time-limited sale.
 */
final class PromotionBadges implements ProductBadges {
    private final SpendAndSave spendAndSave;
    private final TimedSale sale;
    private final Clock clock;

    PromotionBadges(SpendAndSave spendAndSave, TimedSale sale, Clock clock) {
        this.spendAndSave = spendAndSave;
        this.sale = sale;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "promotion-badges";
    }

    @Override
    public List<Badge> badges(ProductInfo product, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        List<Badge> out = new ArrayList<>();
        spendAndSave.entryTier().ifPresent(t -> {
            String spend = whole(new Money(t[0], product.price().currency()));
            String save = whole(new Money(t[1], product.price().currency()));
            out.add(new Badge("spend-save", chinese ? "满" + spend + "减" + save : "Spend " + spend + ", save " + save));
        });
        if (sale != null && sale.runsAt(clock.instant())) {
            out.add(new Badge("sale", chinese ? "限时特惠" : "Sale"));
        }
        return out;
    }

    /** Tiers are round amounts, so the badge drops ".00" to stay short. */
    private static String whole(Money m) {
        int digits = Math.max(0, java.util.Currency.getInstance(m.currency()).getDefaultFractionDigits());
        return java.math.BigDecimal.valueOf(m.minor()).movePointLeft(digits).stripTrailingZeros().toPlainString();
    }
}
