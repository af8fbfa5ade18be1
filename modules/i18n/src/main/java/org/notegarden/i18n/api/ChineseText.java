package org.notegarden.i18n.api;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Script conversion for Chinese text, on ICU's transliterators: Traditional → Simplified folding
 * and toneless pinyin. Pure functions, safe from any thread (ICU transliterators are not, so
 * each thread keeps its own).
 */
public final class ChineseText {
    /** Runs of Han characters longer than this are keyed only by syllables and pairs/triples inside them. */
    private static final int MAX_JOINED = 3;

    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));
    private static final ThreadLocal<Transliterator> TO_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin"));
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

    /** More than all Han characters outside the basic plane that a text is likely to use. */
    private static final int MAX_REMEMBERED_CHARACTERS = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<Integer, List<String>> SYLLABLES =
            new java.util.concurrent.ConcurrentHashMap<>();
    @SuppressWarnings("unchecked")
    private static final List<String>[] BASIC_PLANE = new List[0x10000];

    private ChineseText() {
    }

    /** 臺灣 → 台湾; text without Traditional characters comes back unchanged. */
    public static String toSimplified(String text) {
        return text == null || text.isEmpty() ? "" : isAscii(text) ? text : TO_SIMPLIFIED.get().transliterate(text);
    }

    /** 满199减20 → 滿199減20, for readers of Traditional Chinese; other text comes back unchanged. */
    public static String toTraditional(String text) {
        return text == null || text.isEmpty() ? "" : isAscii(text) ? text : TO_TRADITIONAL.get().transliterate(text);
    }

    /**
     * Plain ASCII is what the transforms give back unchanged, so it skips them: ICU's rule-based
     * transliterators share their rules behind one lock whatever the thread, and every English
     * search waited on it (JFR: 20 ms stalls in the search history's key at 32 connections).
     */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Whether a reader with this language tag reads Traditional Chinese: zh-Hant, zh-TW, zh-HK, zh-MO. */
    public static boolean readsTraditional(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return false;
        }
        Locale l = Locale.forLanguageTag(languageTag.replace('_', '-'));
        return "zh".equals(l.getLanguage())
                && ("Hant".equals(l.getScript()) || Set.of("TW", "HK", "MO").contains(l.getCountry()));
    }

    /**
     * Toneless pinyin of one Han character ("咖" → "ka"), or empty when it has none. A syllable
     * with ü has two spellings, as people type it: "lu" (ASCII folding) and "lv" (the input-method
     * convention) — 绿 gives both.
     */
    public static List<String> syllables(int codePoint) {
        // A pure function of the character, and three transforms per character were a large part
        // of building the search index: each character's answer is worked out once. Characters of
        // the basic plane (nearly all Han text) are remembered in an array indexed by the character,
        // with no boxing or hashing; a racing second thread only works out the same immutable answer.
        if (codePoint < BASIC_PLANE.length) {
            List<String> known = BASIC_PLANE[codePoint];
            if (known == null) {
                known = syllablesOf(codePoint);
                BASIC_PLANE[codePoint] = known;
            }
            return known;
        }
        List<String> known = SYLLABLES.get(codePoint);
        if (known == null) {
            known = syllablesOf(codePoint);
            if (SYLLABLES.size() < MAX_REMEMBERED_CHARACTERS) {
                SYLLABLES.put(codePoint, known);
            }
        }
        return known;
    }

    private static List<String> syllablesOf(int codePoint) {
        String marked = TO_PINYIN.get().transliterate(new String(Character.toChars(codePoint))).toLowerCase(Locale.ROOT).strip();
        String folded = TO_ASCII.get().transliterate(marked);
        if (!folded.chars().allMatch(c -> c >= 'a' && c <= 'z') || folded.isEmpty()) {
            return List.of();
        }
        String withV = TO_ASCII.get().transliterate(marked.replaceAll("[üǖǘǚǜ]", "v"));
        return withV.equals(folded) ? List.of(folded) : List.of(folded, withV);
    }

    /**
     * Pinyin search keys for the Han text in {@code text}: every syllable and every run of two
     * or three neighbouring syllables joined, so "上海的咖啡店" yields ka, fei, kafei, kafeidian …
     * and a reader who types "kafei" (as pinyin input methods are used) finds 咖啡.
     * Non-Han text contributes nothing.
     */
    public static String pinyinKeys(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Written for the index build, which keys every note's whole text: a loop over the
        // characters (no stream), the script looked up only for characters that may be Han, and
        // windows of one-reading characters joined in one builder (async-profiler had this method
        // at 37 % of the loading threads' CPU).
        // Room for three keys per character (all there are when each character has one reading), so
        // the set does not grow while it fills (its resizing was the largest cost here).
        Set<String> keys = new LinkedHashSet<>(4 * text.length() + 16);
        List<List<String>> run = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            List<String> s = isHan(cp) ? syllables(cp) : List.of();
            if (!s.isEmpty()) {
                run.add(s);
            } else if (!run.isEmpty()) {
                addRun(run, keys);
                run.clear();
            }
        }
        addRun(run, keys);
        return String.join(" ", keys);
    }

    /** No Han character comes before the CJK radicals (U+2E80): Latin text needs no script lookup. */
    private static boolean isHan(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Whether the text contains any Han character (decides which way a query is translated). */
    public static boolean hasHan(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * Every window of one to three syllables, joined, in every spelling of its syllables. While
     * each character of a window has one reading (most do), its keys grow in one builder; from a
     * character with two readings on, every combination is spelled out.
     */
    private static void addRun(List<List<String>> run, Set<String> keys) {
        StringBuilder one = new StringBuilder();
        for (int i = 0; i < run.size(); i++) {
            one.setLength(0);
            List<String> joined = null; // null while the window has one spelling, the one in the builder
            for (int j = i; j < Math.min(run.size(), i + MAX_JOINED); j++) {
                List<String> readings = run.get(j);
                if (joined == null && readings.size() == 1) {
                    keys.add(one.append(readings.get(0)).toString());
                    continue;
                }
                List<String> next = new ArrayList<>();
                for (String prefix : joined == null ? List.of(one.toString()) : joined) {
                    for (String syllable : readings) {
                        next.add(prefix + syllable);
                    }
                }
                joined = next;
                keys.addAll(joined);
            }
        }
    }
}
