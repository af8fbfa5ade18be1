package org.notegarden.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.notegarden.community.api.CommunityActions;
import org.notegarden.community.api.CommunityActions.NoteDraft;

/**
 * The demo's people and their everyday notes: 32 people who follow each other as friends would,
 * rounds of notes with generated pictures (ten by default), and the likes, collects and comments they give
 * each other. Everything goes through the community's actions, so it obeys every rule real
 * data does.
 */
final class DemoCommunity {
    private static final String[] COMMENTS = {"好喜欢这个！", "Saved for later 🙌", "求地址 where is this?", "太美了",
        "Trying this weekend!", "学到了，谢谢分享", "Love the colours", "收藏了", "So cozy ✨", "看起来好好吃"};

    private final CommunityActions community;
    private final Random random;

    DemoCommunity(CommunityActions community, Random random) {
        this.community = community;
        this.random = random;
    }

    /** Creates the people; returns their account ids by handle, in the order of {@link DemoContent#PEOPLE}. */
    Map<String, Long> people(String password) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoContent.Person p : DemoContent.PEOPLE) {
            String locale = p.name().matches(".*\\p{IsHan}.*") ? "zh-CN" : "en";
            ids.put(p.handle(), community.createSystemAccount(p.handle() + "@demo.notegarden.dev", password, p.handle(),
                    p.name(), p.bio(), locale));
        }
        return ids;
    }

    /** Each person follows about six others. */
    void follows(List<Long> people) {
        for (long a : people) {
            for (int i = 0; i < 6; i++) {
                long b = people.get(random.nextInt(people.size()));
                if (b != a) {
                    community.follow(a, b);
                }
            }
        }
    }

    /** Rounds of one note per person, each liked, collected and commented on by a few; returns how many. */
    int notes(List<Long> people, int rounds) {
        int count = 0;
        for (int round = 0; round < rounds; round++) {
            for (long author : people) {
                DemoContent.Theme theme = DemoContent.THEMES.get(random.nextInt(DemoContent.THEMES.size()));
                publish(author, theme).ifPresent(note -> engage(note, author, people));
                count++;
            }
        }
        return count;
    }

    /** A picture for one of {@code owner}'s posts or products, in the colours of {@code theme}. */
    long picture(long owner, DemoContent.Theme theme, int width, int height) {
        return community.uploadImage(owner, DemoImages.picture(random, theme.topicEn(), theme.from(), theme.to(), width, height));
    }

    private Optional<Long> publish(long author, DemoContent.Theme theme) {
        int pictures = 1 + random.nextInt(4);
        int[][] sizes = {{900, 1200}, {1080, 1080}, {1200, 900}};
        int[] size = sizes[random.nextInt(sizes.length)];
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < pictures; i++) {
            ids.add(picture(author, theme, size[0], size[1]));
        }
        String title = theme.titles().get(random.nextInt(theme.titles().size()));
        String body = theme.bodies().get(random.nextInt(theme.bodies().size()));
        return community.publish(author, new NoteDraft(title, body, ids, List.of(theme.topicEn(), theme.topicZh()),
                random.nextInt(4) == 0 ? "上海 Shanghai" : null, null));
    }

    private void engage(long note, long author, List<Long> people) {
        int fans = random.nextInt(9);
        for (int i = 0; i < fans; i++) {
            long fan = people.get(random.nextInt(people.size()));
            community.like(fan, note);
            if (random.nextInt(3) == 0) {
                community.collect(fan, note);
            }
        }
        if (random.nextInt(2) == 0) {
            long commenter = people.get(random.nextInt(people.size()));
            long comment = community.comment(commenter, note, null, COMMENTS[random.nextInt(COMMENTS.length)]);
            if (random.nextBoolean() && commenter != author) {
                community.comment(author, note, comment, "谢谢！Thank you 😊");
            }
        }
    }
}
