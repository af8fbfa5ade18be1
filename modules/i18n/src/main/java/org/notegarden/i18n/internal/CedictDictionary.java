package org.notegarden.i18n.internal;

import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.notegarden.platform.api.BundledFiles;
import org.notegarden.platform.api.Jsons;

/**
 * CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org) as two lookups: Chinese headword (simplified and
 * traditional) → its first English sense, and English word → the simplified headword whose first
 * sense is exactly that word (or "to <word>"), two-character words preferred. Read once from the npm package's
 * {@code data/all.js} that the build places on the class path — entries are
 * {@code [traditional, simplified, pinyin, "sense/sense", …]} — with a streaming parser.
 */
final class CedictDictionary {
    static final String RESOURCE = "/org/notegarden/i18n/cedict/all.js";

    // Each map is a HashMap while loading and a transducer afterwards (finish()): 36 MB of strings
    // in hash maps, about 14 MB as transducers, in every server's heap.
    private Map<String, String> loadingChineseToEnglish = new HashMap<>(240_000);
    private Map<String, String> loadingEnglishToChinese = new HashMap<>(60_000);
    private Map<String, String> loadingPinyinToChinese = new HashMap<>(120_000);
    private Map<String, String[]> loadingMoreSearchPhrases = new HashMap<>(60_000);

    /** Chinese headword (simplified and traditional) → its first English sense. */
    FrozenStringMap chineseToEnglish;
    /** English word → the simplified headword whose first sense is exactly that word (or "to <word>"). */
    FrozenStringMap englishToChinese;
    /**
     * Toneless pinyin ("kafei") → the one simplified word of two to four characters spelled so
     * (咖啡); "" where several words share the spelling, so a reading is offered only when it is
     * the reading.
     */
    FrozenStringMap pinyinToChinese;
    int longestHeadword;
    /**
     * For reading search queries: a headword (simplified and traditional) → its senses as short
     * English search phrases ("hotpot", "dog", "doggie"), at most four, only where they are not
     * just the first sense; see {@link #searchPhrasesOf}.
     */
    FrozenStringMap moreSearchPhrases;
    /**
     * An English search phrase of one to three words → the simplified headwords having it as a
     * sense, best first, at most {@link #ALTERNATIVES}: a headword whose first sense it is before
     * one where it is a later sense, then the word more other headwords are built from (博物馆 is
     * inside many more entries than 博物院: the dictionary's own measure of a common word), then
     * two-character words.
     */
    FrozenStringMap phraseToChinese;
    static final int ALTERNATIVES = 4;

    // Compiled once: loading reads 120,000 entries, and String.replaceAll/matches compile their
    // pattern on every call (that alone made loading take 6 s of CPU, on the path of every start).
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^]]*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ALTERNATIVE_SEPARATOR = Pattern.compile("[;,]");
    private static final Pattern LEADING_TO = Pattern.compile("^to ");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(to|a|an|the) ");
    private static final Pattern ONE_WORD = Pattern.compile("[a-z][a-z'-]*");
    private static final Pattern ONE_TO_THREE_WORDS = Pattern.compile("[a-z][a-z'-]*( [a-z][a-z'-]*){0,2}");
    /** While loading: phrase → (headword, which of its senses) pairs, ranked and cut in {@link #finish()}. */
    private Map<String, java.util.List<Candidate>> phraseCandidates = new HashMap<>(150_000);

    /** A headword having a phrase as its {@code sense}-th sense (0 = the first). */
    private record Candidate(String headword, int sense) {
    }

    static CedictDictionary load() {
        // The file is built by the i18n module from the npm package (see the module README).
        try (java.io.PushbackReader r = new java.io.PushbackReader(new java.io.BufferedReader(
                new InputStreamReader(BundledFiles.open(CedictDictionary.class, RESOURCE), StandardCharsets.UTF_8), 1 << 16), 1)) {
            skipToJson(r);
            return parse(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read CC-CEDICT", e);
        }
    }

    /** The file is an ES module ("export default {…}"); the JSON starts at the first brace. */
    private static void skipToJson(java.io.PushbackReader r) throws IOException {
        int c;
        while ((c = r.read()) != -1 && c != '{') {
            // "export default " and the like
        }
        if (c == '{') {
            r.unread(c);
        }
    }

    /**
     * Entries are {@code [traditional, simplified, pinyin, senses, …]} where {@code senses} is one
     * string or an array of strings (most common words have several); later fields are arrays too.
     */
    static CedictDictionary parse(Reader json) {
        CedictDictionary d = new CedictDictionary();
        try (JsonParser p = Jsons.createParser(json)) {
            int depth = 0;
            String[] entry = new String[4];
            int field = 0;
            StringBuilder senses = null;
            while (p.hasNext()) {
                JsonParser.Event e = p.next();
                switch (e) {
                    case START_ARRAY -> {
                        depth++;
                        if (depth == 2) {
                            field = 0;
                            entry = new String[4]; // never a stale field from the entry before
                        } else if (depth == 3 && field == 3) {
                            senses = new StringBuilder();
                        }
                    }
                    case END_ARRAY -> {
                        if (depth == 3) {
                            if (senses != null) {
                                entry[3] = senses.toString();
                                senses = null;
                            }
                            field++;
                        } else if (depth == 2 && entry[1] != null && entry[3] != null) {
                            d.add(entry[0], entry[1], entry[2], entry[3]);
                        }
                        depth--;
                    }
                    case VALUE_STRING -> {
                        if (depth == 2) {
                            if (field < 4) {
                                entry[field] = p.getString();
                            }
                            field++;
                        } else if (depth == 3 && senses != null) {
                            senses.append(senses.isEmpty() ? "" : "/").append(p.getString());
                        }
                    }
                    default -> {
                        if (depth == 2 && e != JsonParser.Event.KEY_NAME) {
                            field++;
                        }
                    }
                }
            }
        }
        d.finish();
        return d;
    }

    /** Ranks each phrase's headwords (see {@link #phraseToChinese}), drops what loading needed and freezes the maps. */
    private void finish() {
        java.util.Set<String> candidates = new java.util.HashSet<>();
        phraseCandidates.values().forEach(list -> list.forEach(c -> candidates.add(c.headword())));
        Map<String, Integer> builtFrom = new HashMap<>(candidates.size() * 2);
        for (String headword : loadingChineseToEnglish.keySet()) {
            int n = headword.length();
            for (int from = 0; from < n; from++) {
                for (int to = from + 2; to <= n && to - from < n; to++) {
                    String part = headword.substring(from, to);
                    if (candidates.contains(part)) {
                        builtFrom.merge(part, 1, Integer::sum);
                    }
                }
            }
        }
        java.util.Comparator<Candidate> best = java.util.Comparator.<Candidate>comparingInt(c -> c.sense() == 0 ? 0 : 1)
                .thenComparing(c -> -builtFrom.getOrDefault(c.headword(), 0))
                .thenComparingInt(c -> rank(c.headword()));
        // Most phrases have one headword: nothing to rank.
        Map<String, String[]> ranked = new HashMap<>(phraseCandidates.size() * 2);
        phraseCandidates.forEach((phrase, list) -> ranked.put(phrase, list.size() == 1 ? new String[] {list.get(0).headword()}
                : list.stream().sorted(best).map(Candidate::headword).distinct().limit(ALTERNATIVES).toArray(String[]::new)));
        phraseCandidates = null;
        phraseToChinese = FrozenStringMap.ofLists(ranked);
        chineseToEnglish = FrozenStringMap.of(loadingChineseToEnglish);
        englishToChinese = FrozenStringMap.of(loadingEnglishToChinese);
        pinyinToChinese = FrozenStringMap.of(loadingPinyinToChinese);
        moreSearchPhrases = FrozenStringMap.ofLists(loadingMoreSearchPhrases);
        loadingChineseToEnglish = null;
        loadingEnglishToChinese = null;
        loadingPinyinToChinese = null;
        loadingMoreSearchPhrases = null;
    }

    /** A headword's senses as search phrases, first sense first (empty for an unknown word). */
    java.util.List<String> searchPhrasesOf(String headword) {
        String first = chineseToEnglish.get(headword);
        if (first == null) {
            return java.util.List.of();
        }
        String[] more = moreSearchPhrases.getList(headword);
        if (more != null) {
            return java.util.List.of(more);
        }
        String phrase = searchPhrase(first);
        return phrase == null ? java.util.List.of() : java.util.List.of(phrase);
    }

    private void add(String traditional, String simplified, String pinyin, String senses) {
        int length = simplified.codePointCount(0, simplified.length());
        if (pinyin != null && length >= 2 && length <= 4) {
            String key = pinyinKey(pinyin);
            if (!key.isEmpty()) {
                loadingPinyinToChinese.merge(key, simplified, (a, b) -> a.equals(b) ? a : "");
            }
        }
        String first = firstSense(senses);
        if (first.isEmpty()) {
            return;
        }
        loadingChineseToEnglish.putIfAbsent(simplified, first);
        loadingChineseToEnglish.putIfAbsent(traditional, first);
        longestHeadword = Math.max(longestHeadword, simplified.codePointCount(0, simplified.length()));
        String english = LEADING_TO.matcher(first.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (ONE_WORD.matcher(english).matches()) {
            loadingEnglishToChinese.merge(english, simplified, (a, b) -> rank(b) < rank(a) ? b : a);
        }
        java.util.List<String> phrases = searchPhrases(senses);
        // Kept unless the first sense alone says it: 焙's first sense is too long a phrase, "bake" is its phrase.
        if (phrases.size() > 1 || !phrases.equals(java.util.Collections.singletonList(searchPhrase(first)))) {
            String[] all = phrases.toArray(String[]::new);
            loadingMoreSearchPhrases.putIfAbsent(simplified, all);
            loadingMoreSearchPhrases.putIfAbsent(traditional, all);
        }
        for (int i = 0; i < phrases.size(); i++) {
            phraseCandidates.computeIfAbsent(phrases.get(i), k -> new java.util.ArrayList<>(2)).add(new Candidate(simplified, i));
        }
    }

    /**
     * Up to four senses as search phrases: each sense and each of its ";"-alternatives, without
     * annotations, "to", articles, cross-references; only short plain phrases (one to three words).
     */
    static java.util.List<String> searchPhrases(String senses) {
        java.util.List<String> out = new java.util.ArrayList<>(4);
        for (String sense : senses.split("/")) {
            String s = withoutAnnotations(sense).strip();
            if (s.isEmpty() || s.startsWith("variant of") || s.startsWith("old variant of") || s.startsWith("see ") || s.startsWith("CL:")
                    || s.startsWith("surname ") || s.startsWith("used in ") || s.startsWith("abbr. for") || s.startsWith("also written")) {
                continue;
            }
            for (String part : ALTERNATIVE_SEPARATOR.split(s)) {
                String phrase = searchPhrase(part);
                if (phrase != null && !out.contains(phrase)) {
                    out.add(phrase);
                    if (out.size() == 4) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** "To go hiking" → "go hiking", "a cup" → "cup"; null unless one to three plain words remain. */
    static String searchPhrase(String part) {
        String p = singleSpaced(part.toLowerCase(Locale.ROOT)).strip();
        if (p.startsWith("to ") || p.startsWith("a ") || p.startsWith("an ") || p.startsWith("the ")) {
            p = LEADING_ARTICLE.matcher(p).replaceFirst("");
        }
        if (!ONE_TO_THREE_WORDS.matcher(p).matches()) {
            return null;
        }
        return p;
    }

    /** "ka1 fei1" → "kafei", "lu:4 se4" → "lvse": toneless, joined, ü as v (as pinyin keyboards type it). */
    static String pinyinKey(String pinyin) {
        String lower = pinyin.toLowerCase(Locale.ROOT).replace("u:", "v").replace("ü", "v");
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Runs of white space as one space; most text has none to change, so it is scanned first. */
    private static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** Without CEDICT's "(…)" and "[…]" annotations; most senses have none, so those are checked for first. */
    private static String withoutAnnotations(String sense) {
        String s = sense.indexOf('(') < 0 ? sense : PARENTHESES.matcher(sense).replaceAll("");
        return s.indexOf('[') < 0 ? s : BRACKETS.matcher(s).replaceAll("");
    }

    /**
     * Which headword to give for an English word: two-character words first (most Chinese words
     * are; a lone character is often a bound morpheme, 咖 for "coffee"), then longer ones, then one.
     */
    private static int rank(String headword) {
        int n = headword.codePointCount(0, headword.length());
        return n == 1 ? 100 : n;
    }

    /**
     * The first real sense, without CEDICT's annotations and alternatives: "(coll.) coffee/caffeine"
     * → "coffee", "of; ~'s (possessive particle)" → "of". Cross-references and classifiers are skipped.
     */
    static String firstSense(String senses) {
        for (String sense : senses.split("/")) {
            String s = singleSpaced(withoutAnnotations(sense)).strip();
            int semicolon = s.indexOf(';');
            if (semicolon > 0) {
                s = s.substring(0, semicolon).strip();
            }
            if (!s.isEmpty() && !s.startsWith("variant of") && !s.startsWith("old variant of") && !s.startsWith("see ")
                    && !s.startsWith("CL:") && !s.startsWith("surname ") && !s.startsWith("used in ") && !s.startsWith("abbr. for")
                    && !s.startsWith("also written")) {
                return s;
            }
        }
        return "";
    }
}
