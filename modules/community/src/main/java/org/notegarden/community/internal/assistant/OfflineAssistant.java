package org.notegarden.community.internal.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.notegarden.community.api.ContentAssistant;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.i18n.api.Translator;
import org.notegarden.platform.api.TextLength;

/**
 * The embedded default: no model, no network. Titles follow the shapes that worked for this
 * account (its best titles' length) around the draft's own words; topics are the account's best
 * topics the draft touches, then trending ones; the posting hour is the hour its best notes went
 * out most often. Adapting goes through the embedded word-level translator, and says so.
 */
public final class OfflineAssistant implements ContentAssistant {
    private static final int MAX_TITLE = 50;

    private final Translator translator;

    /** @param translator for adapting notes to the other language; null when none is available */
    public OfflineAssistant(Translator translator) {
        this.translator = translator;
    }

    @Override
    public String id() {
        return "offline";
    }

    @Override
    public Suggestions suggest(Context c) {
        boolean chinese = "zh".equals(c.language()) || hasHan(c.draftTitle()) || hasHan(c.draftBody());
        String subject = subject(c);
        Set<String> titles = new LinkedHashSet<>();
        if (!subject.isEmpty()) {
            if (chinese) {
                titles.add(subject + "｜真实体验分享");
                titles.add("被问了无数次的" + subject + "，一次说清");
                titles.add(subject + "的 3 个小技巧");
            } else {
                titles.add("3 things I love about " + subject);
                titles.add(subject + ": my honest take");
                titles.add("How I use " + subject + " every day");
            }
        }
        int preferred = c.bestTitles().isEmpty() ? 18
                : (int) c.bestTitles().stream().mapToInt(TextLength::of).average().orElse(18);
        List<String> ranked = new ArrayList<>(titles.stream().filter(t -> TextLength.of(t) <= MAX_TITLE).toList());
        ranked.sort((a, b) -> Integer.compare(Math.abs(TextLength.of(a) - preferred), Math.abs(TextLength.of(b) - preferred)));

        String draft = (c.draftTitle() + " " + c.draftBody()).toLowerCase(Locale.ROOT);
        Set<String> topics = new LinkedHashSet<>();
        c.bestTopics().stream().filter(t -> draft.contains(t.toLowerCase(Locale.ROOT))).forEach(topics::add);
        c.trendingTopics().stream().filter(t -> draft.contains(t.toLowerCase(Locale.ROOT))).forEach(topics::add);
        c.bestTopics().stream().limit(2).forEach(topics::add);
        c.trendingTopics().stream().limit(3).forEach(topics::add);
        Integer hour = mostFrequent(c.bestHoursUtc());
        String why = c.bestTitles().isEmpty()
                ? "Based on what is trending now; post a few notes and suggestions will follow what works for you."
                : "Based on your " + c.bestTitles().size() + " best-performing notes and what is trending now.";
        return new Suggestions(ranked, topics.stream().limit(6).toList(), hour, why);
    }

    @Override
    public Adaptation adapt(String title, String body, String targetLanguage) {
        if (translator == null) {
            throw new AssistantUnsupportedException(CommunityMessages.NO_TRANSLATOR_FOR_OFFLINE_ASSISTANT);
        }
        String from = "zh".equals(targetLanguage) ? "en" : "zh";
        Translator.Translation t = translator.translate(title == null ? "" : title, from, targetLanguage);
        Translator.Translation b = translator.translate(body == null ? "" : body, from, targetLanguage);
        int[] cps = t.text().codePoints().limit(MAX_TITLE).toArray();
        return new Adaptation(new String(cps, 0, cps.length), b.text(), t.wordLevel() || b.wordLevel());
    }

    /** The draft's subject: its title, else the first line of its text, without hashtags. */
    static String subject(Context c) {
        String s = c.draftTitle() == null || c.draftTitle().isBlank()
                ? (c.draftBody() == null ? "" : c.draftBody().strip().split("\\R", 2)[0]) : c.draftTitle().strip();
        s = s.replaceAll("#\\S+", "").strip();
        int[] cps = s.codePoints().limit(24).toArray();
        return new String(cps, 0, cps.length).strip();
    }

    private static Integer mostFrequent(List<Integer> hours) {
        if (hours.isEmpty()) {
            return null;
        }
        int[] counts = new int[24];
        hours.forEach(h -> counts[h]++);
        int best = 0;
        for (int h = 1; h < 24; h++) {
            if (counts[h] > counts[best]) {
                best = h;
            }
        }
        return best;
    }

    private static boolean hasHan(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
