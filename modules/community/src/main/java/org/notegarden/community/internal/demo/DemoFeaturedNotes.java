package org.notegarden.community.internal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteRules;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.social.LikeService;
import org.notegarden.platform.api.DemoEvents;

/**
 * Once the demo products are on sale, demo people post notes that tag them: the shopkeeper
 * introduces each product and two others share how they use it, so the storefront is reached the
 * way this product intends, from notes.
 */
@ApplicationScoped
public class DemoFeaturedNotes {
    private static final String[][] SHOPKEEPER_NOTES = {
        {"New in our shop 上新啦", "Just landed: %s. Limited first batch! 新品 %s 首批限量 #%s"},
    };
    private static final String[][] FAN_NOTES = {
        {"Obsessed with this 爱了", "Been using %s for two weeks and I'm hooked. 用了两周的 %s，真的回购！ #%s"},
        {"Worth it? 值不值", "Honest thoughts on %s: pricey but lovely. %s 的真实感受 #%s"},
        {"Daily favourite 日常必备", "%s is in my bag every day. 每天都离不开 %s #%s"},
    };

    @Inject
    AccountService accounts;
    @Inject
    NoteService notes;
    @Inject
    LikeService likes;
    @Inject
    DemoUploads uploads;

    void feature(@Observes DemoEvents.ProductsReady ready) {
        Random random = new Random(11);
        List<Account> people = new ArrayList<>();
        DemoContent.PEOPLE.forEach(p -> accounts.findByHandle(p.handle()).ifPresent(people::add));
        for (DemoEvents.DemoProduct product : ready.products()) {
            DemoContent.Theme theme = DemoContent.THEMES.stream().filter(t -> t.topicEn().equals(product.theme())).findFirst()
                    .orElse(DemoContent.THEMES.get(0));
            String en = product.titleEn() != null ? product.titleEn() : product.titleZh();
            String zh = product.titleZh() != null ? product.titleZh() : product.titleEn();
            Account keeper = people.stream().filter(a -> a.getId() == product.merchantAccountId()).findFirst().orElseThrow();
            post(keeper, SHOPKEEPER_NOTES[0], en, zh, theme, product, random, people);
            for (int i = 0; i < 2; i++) {
                Account fan = people.get(random.nextInt(people.size()));
                if (fan.getId() != product.merchantAccountId()) {
                    post(fan, FAN_NOTES[random.nextInt(FAN_NOTES.length)], en, zh, theme, product, random, people);
                }
            }
        }
    }

    private void post(Account author, String[] template, String en, String zh, DemoContent.Theme theme,
                      DemoEvents.DemoProduct product, Random random, List<Account> people) {
        long picture = uploads.upload(author, DemoImages.picture(random, theme.from(), theme.to(), 900, 1200));
        Note note = notes.create(author.getId(), new NoteRules.Input(template[0], String.format(template[1], en, zh, theme.topicZh()),
                List.of(picture), List.of(theme.topicEn()), null, List.of(product.productId())), true);
        for (int i = random.nextInt(12); i > 0; i--) {
            likes.likeNote(people.get(random.nextInt(people.size())).getId(), note.getId());
        }
    }
}
