package org.notegarden.plugins.promotions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.Promotion;

/** 满减: the highest tier the subtotal reaches gives its saving; tiers do not stack. */
final class SpendAndSave implements Promotion {
    static final String DEFAULT = "29900:4000,19900:2000";

    private record Tier(long threshold, long save) {
    }

    private final List<Tier> tiers;

    private SpendAndSave(List<Tier> tiers) {
        this.tiers = tiers;
    }

    static SpendAndSave parse(String table) {
        List<Tier> tiers = new ArrayList<>();
        for (String entry : table.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.trim().split(":");
            tiers.add(new Tier(Long.parseLong(kv[0].trim()), Long.parseLong(kv[1].trim())));
        }
        tiers.sort(Comparator.comparingLong(Tier::threshold).reversed());
        return new SpendAndSave(List.copyOf(tiers));
    }

    /** The easiest tier to reach (lowest threshold), which is what a product card advertises. */
    java.util.Optional<long[]> entryTier() {
        return tiers.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new long[] {tiers.get(tiers.size() - 1).threshold(), tiers.get(tiers.size() - 1).save()});
    }

    @Override
    public String id() {
        return "spend-save";
    }

    @Override
    public List<Adjustment> apply(PricingRequest request, Money subtotal) {
        for (Tier t : tiers) {
            if (subtotal.minor() >= t.threshold()) {
                String label = Coupons.chinese(request) ? "满" + t.threshold() / 100 + "减" + t.save() / 100
                        : "Spend " + t.threshold() / 100 + ", save " + t.save() / 100;
                return List.of(new Adjustment("spend-save:" + t.threshold(), label, new Money(-t.save(), subtotal.currency())));
            }
        }
        return List.of();
    }
}
