package org.notegarden.community.internal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteRules;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.social.CollectService;
import org.notegarden.community.internal.social.CommentService;
import org.notegarden.community.internal.relation.FollowService;
import org.notegarden.community.internal.social.LikeService;
import org.notegarden.platform.api.DemoEvents;

/**
 * With {@code notegarden.demo=true}, fills an empty installation with a living community:
 * 32 people, about 320 bilingual notes with generated pictures, follows, likes, collects and
 * comments. Runs in the background after start-up (the app answers meanwhile) and only once:
 * it does nothing when the first demo account already exists. All demo passwords are
 * {@code notegarden-demo}.
 */
@Singleton
@Startup
public class DemoData {
    static final String PASSWORD = "notegarden-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String[] COMMENTS = {"好喜欢这个！", "Saved for later 🙌", "求地址 where is this?", "太美了",
        "Trying this weekend!", "学到了，谢谢分享", "Love the colours", "收藏了", "So cozy ✨", "看起来好好吃"};

    @Inject
    @ConfigProperty(name = "notegarden.demo", defaultValue = "false")
    boolean enabled;
    @Resource
    ManagedExecutorService executor;
    @Inject
    AccountService accounts;
    @Inject
    DemoUploads uploads;
    @Inject
    NoteService notes;
    @Inject
    LikeService likes;
    @Inject
    CollectService collects;
    @Inject
    CommentService comments;
    @Inject
    FollowService follows;
    @Inject
    Event<DemoEvents.ShopkeepersReady> shopkeepers;

    /** Demo people who also run a shop, and what they sell. */
    static final Map<String, String> SHOPKEEPERS = Map.of("huang_lei", "coffee", "chen_jing", "skincare",
            "mia_style", "outfit", "wang_fang", "home");

    @PostConstruct
    void start() {
        if (enabled) {
            executor.submit(this::seedQuietly);
        }
    }

    private void seedQuietly() {
        try {
            if (accounts.findByHandle(DemoContent.PEOPLE.get(0).handle()).isPresent()) {
                LOG.info("Demo data already present.");
                return;
            }
            long started = System.nanoTime();
            Random random = new Random(2026);
            int made = seed(random);
            LOG.info(() -> "Demo data: " + made + " notes in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
            announceShopkeepers(random);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo data could not be loaded", e);
        }
    }

    int seed(Random random) {
        List<Account> people = new ArrayList<>();
        for (DemoContent.Person p : DemoContent.PEOPLE) {
            Account a = accounts.register(p.handle() + "@demo.notegarden.dev", PASSWORD, p.handle(), p.name());
            accounts.changeProfile(a.getId(), new AccountService.ProfileChange(null, p.bio(), null,
                    p.name().matches(".*\\p{IsHan}.*") ? "zh-CN" : "en", null));
            people.add(a);
        }
        for (Account a : people) {
            for (int i = 0; i < 6; i++) {
                Account b = people.get(random.nextInt(people.size()));
                if (b != a) {
                    follows.follow(a.getId(), b.getId(), false); // demo people follow each other as friends would
                }
            }
        }
        int count = 0;
        for (int round = 0; round < 10; round++) {
            for (Account author : people) {
                DemoContent.Theme theme = DemoContent.THEMES.get(random.nextInt(DemoContent.THEMES.size()));
                Note note = publish(author, theme, random);
                engage(note, author, people, random);
                count++;
            }
        }
        return count;
    }

    /**
     * Hands the shopkeepers, with pictures for their goods, to whichever module runs shops (it
     * answers with products, which {@link DemoFeaturedNotes} then features in notes).
     */
    private void announceShopkeepers(Random random) {
        List<DemoEvents.Shopkeeper> keepers = new ArrayList<>();
        for (var entry : new java.util.TreeMap<>(SHOPKEEPERS).entrySet()) {
            Account a = accounts.findByHandle(entry.getKey()).orElseThrow();
            DemoContent.Theme theme = DemoContent.THEMES.stream().filter(t -> t.topicEn().equals(entry.getValue())).findFirst()
                    .orElseThrow();
            List<Long> pictures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pictures.add(upload(a, DemoImages.picture(random, theme.from(), theme.to(), 1080, 1080)));
            }
            keepers.add(new DemoEvents.Shopkeeper(a.getId(), entry.getValue(), pictures));
        }
        shopkeepers.fire(new DemoEvents.ShopkeepersReady(keepers));
    }

    private long upload(Account owner, byte[] png) {
        return uploads.upload(owner, png);
    }

    private Note publish(Account author, DemoContent.Theme theme, Random random) {
        int pictures = 1 + random.nextInt(4);
        int[][] sizes = {{900, 1200}, {1080, 1080}, {1200, 900}};
        int[] size = sizes[random.nextInt(sizes.length)];
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < pictures; i++) {
            ids.add(upload(author, DemoImages.picture(random, theme.from(), theme.to(), size[0], size[1])));
        }
        String title = theme.titles().get(random.nextInt(theme.titles().size()));
        String body = theme.bodies().get(random.nextInt(theme.bodies().size()));
        return notes.create(author.getId(), new NoteRules.Input(title, body, ids,
                List.of(theme.topicEn(), theme.topicZh()), random.nextInt(4) == 0 ? "上海 Shanghai" : null), true);
    }

    private void engage(Note note, Account author, List<Account> people, Random random) {
        if (note.getState() != Note.State.PUBLISHED) {
            return; // held for review (screening): nobody else can see it yet
        }
        int fans = random.nextInt(9);
        for (int i = 0; i < fans; i++) {
            Account fan = people.get(random.nextInt(people.size()));
            likes.likeNote(fan.getId(), note.getId());
            if (random.nextInt(3) == 0) {
                collects.collect(fan.getId(), note.getId(), null);
            }
        }
        if (random.nextInt(2) == 0) {
            Account commenter = people.get(random.nextInt(people.size()));
            var c = comments.add(commenter.getId(), note.getId(), null, COMMENTS[random.nextInt(COMMENTS.length)]);
            if (random.nextBoolean() && commenter != author) {
                comments.add(author.getId(), note.getId(), c.getId(), "谢谢！Thank you 😊");
            }
        }
    }
}
