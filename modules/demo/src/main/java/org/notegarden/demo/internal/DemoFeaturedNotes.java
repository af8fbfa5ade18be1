package org.notegarden.demo.internal;

import java.util.List;
import java.util.Random;
import org.notegarden.community.api.CommunityActions;
import org.notegarden.community.api.CommunityActions.NoteDraft;

/**
 * Once the demo products are on sale, demo people post notes that tag them: the shopkeeper
 * introduces each product and two others share how they use it, so the storefront is reached the
 * way this product intends, from notes.
 */
final class DemoFeaturedNotes {
    private static final String[] SHOPKEEPER_NOTE =
        {"New in our shop 上新啦", "Just landed: %s. Limited first batch! 新品 %s 首批限量 #%s"};
    private static final String[][] FAN_NOTES = {
        {"Obsessed with this 爱了", "Been using %s for two weeks and I'm hooked. 用了两周的 %s，真的回购！ #%s"},
        {"Worth it? 值不值", "Honest thoughts on %s: pricey but lovely. %s 的真实感受 #%s"},
        {"Daily favourite 日常必备", "%s is in my bag every day. 每天都离不开 %s #%s"},
    };

    private final CommunityActions community;
    private final DemoCommunity pictures;
    private final Random random;

    DemoFeaturedNotes(CommunityActions community, DemoCommunity pictures, Random random) {
        this.community = community;
        this.pictures = pictures;
        this.random = random;
    }

    void feature(List<DemoShops.DemoProduct> products, List<Long> people) {
        for (DemoShops.DemoProduct product : products) {
            String en = product.titleEn() != null ? product.titleEn() : product.titleZh();
            String zh = product.titleZh() != null ? product.titleZh() : product.titleEn();
            post(product.merchantAccountId(), SHOPKEEPER_NOTE, en, zh, product, people);
            for (int i = 0; i < 2; i++) {
                long fan = people.get(random.nextInt(people.size()));
                if (fan != product.merchantAccountId()) {
                    post(fan, FAN_NOTES[random.nextInt(FAN_NOTES.length)], en, zh, product, people);
                }
            }
        }
    }

    private void post(long author, String[] template, String en, String zh, DemoShops.DemoProduct product, List<Long> people) {
        DemoContent.Theme theme = product.theme();
        long picture = pictures.picture(author, theme, 900, 1200);
        community.publish(author, new NoteDraft(template[0], String.format(template[1], en, zh, theme.topicZh()),
                List.of(picture), List.of(theme.topicEn()), null, List.of(product.productId()))).ifPresent(note -> {
                    for (int i = random.nextInt(12); i > 0; i--) {
                        community.like(people.get(random.nextInt(people.size())), note);
                    }
                });
    }
}
