package org.notegarden.i18n.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegarden.i18n.api.Offline;
import org.notegarden.i18n.api.Translator;

/**
 * The embedded, offline translator: Chinese is segmented by longest dictionary match and each
 * word glossed in English; English words are looked up one by one (with plural and -ing/-ed
 * endings tried) and unknown words, numbers, #topics and punctuation are kept. Word-level, and
 * said to be. The dictionary is loaded on first use (about a second), then held in memory.
 */
@ApplicationScoped
@Offline
public class CedictTranslator implements Translator {
    private static final Pattern ENGLISH_TOKEN = Pattern.compile("#\\S+|@\\S+|[A-Za-z][A-Za-z'-]*|\\s+|.", Pattern.DOTALL);

    private volatile CedictDictionary dictionary;
    private volatile CrossLanguageReader reader;
    private final boolean withGlossary;

    public CedictTranslator() {
        this.withGlossary = true;
    }

    /** With a given dictionary (tests). */
    CedictTranslator(CedictDictionary dictionary) {
        this.dictionary = dictionary;
        this.withGlossary = true;
    }

    private CedictTranslator(boolean withGlossary) {
        this.withGlossary = withGlossary;
    }

    /**
     * Reading search queries with the dictionary alone, without the lifestyle glossary: only for
     * measuring what the glossary adds (the bilingual search evaluation).
     */
    public static CedictTranslator withoutGlossary() {
        return new CedictTranslator(false);
    }

    @Override
    public String id() {
        return "cc-cedict";
    }

    @Override
    public Translation translate(String text, String from, String to) {
        String t = text == null ? "" : text;
        String out = "zh".equals(from) && "en".equals(to) ? toEnglish(t)
                : "en".equals(from) && "zh".equals(to) ? toChinese(t) : t;
        return new Translation(out, id(), true);
    }

    @Override
    public java.util.Optional<String> hanziForPinyin(String typed) {
        if (typed == null || typed.isBlank()) {
            return java.util.Optional.empty();
        }
        String key = CedictDictionary.pinyinKey(typed.replace("'", ""));
        String word = key.isEmpty() ? null : dictionary().pinyinToChinese.get(key);
        return word == null || word.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(word);
    }

    /** Every rendering of each word, from the lifestyle glossary and all of the dictionary's senses. */
    @Override
    public java.util.Optional<org.notegarden.i18n.api.CrossLanguageQuery> searchTermsInOtherLanguage(String query) {
        CrossLanguageReader r = reader;
        if (r == null) {
            synchronized (this) {
                if (reader == null) {
                    reader = new CrossLanguageReader(dictionary(), withGlossary ? LifestyleGlossary.load() : LifestyleGlossary.none());
                }
                r = reader;
            }
        }
        return r.read(query);
    }

    private CedictDictionary dictionary() {
        CedictDictionary d = dictionary;
        if (d == null) {
            synchronized (this) {
                if (dictionary == null) {
                    dictionary = CedictDictionary.load();
                }
                d = dictionary;
            }
        }
        return d;
    }

    String toEnglish(String text) {
        CedictDictionary d = dictionary();
        int[] cps = text.codePoints().toArray();
        List<String> words = new ArrayList<>();
        StringBuilder passThrough = new StringBuilder();
        int i = 0;
        while (i < cps.length) {
            String match = null;
            int length = 0;
            if (isHan(cps[i])) {
                for (int n = Math.min(d.longestHeadword, cps.length - i); n >= 1; n--) {
                    String gloss = d.chineseToEnglish.get(cps, i, n);
                    if (gloss != null) {
                        match = gloss;
                        length = n;
                        break;
                    }
                }
            }
            if (match != null) {
                flush(words, passThrough);
                words.add(match);
                i += length;
            } else {
                passThrough.appendCodePoint(cps[i] == '，' ? ',' : cps[i] == '。' ? '.' : cps[i] == '！' ? '!' : cps[i] == '？' ? '?' : cps[i]);
                i++;
            }
        }
        flush(words, passThrough);
        // Punctuation hugs the word before it; a #topic keeps its gloss attached.
        return String.join(" ", words).replaceAll(" ([,.!?:;])", "$1").replaceAll("# ", "#").replaceAll("([,.!?:;])#", "$1 #")
                .replaceAll("\\s+", " ").strip();
    }

    private static void flush(List<String> words, StringBuilder passThrough) {
        if (!passThrough.isEmpty()) {
            words.add(passThrough.toString().strip());
            passThrough.setLength(0);
        }
    }

    String toChinese(String text) {
        CedictDictionary d = dictionary();
        StringBuilder out = new StringBuilder();
        Matcher m = ENGLISH_TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.isBlank()) {
                continue; // Chinese is written without spaces between words
            }
            if (token.startsWith("#") || token.startsWith("@") || !Character.isLetter(token.charAt(0))) {
                out.append(token.startsWith("#") || token.startsWith("@") ? " " + token + " " : token);
                continue;
            }
            String zh = lookup(d, token.toLowerCase(Locale.ROOT));
            out.append(zh != null ? zh : " " + token + " ");
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String lookup(CedictDictionary d, String word) {
        for (String form : List.of(word, word.replaceAll("ies$", "y"), word.replaceAll("es$", ""), word.replaceAll("s$", ""),
                word.replaceAll("ing$", ""), word.replaceAll("ed$", ""), word.replaceAll("d$", ""))) {
            String zh = d.englishToChinese.get(form);
            if (zh != null) {
                return zh;
            }
        }
        return null;
    }

    /** Whether a code point is a Han character (the reader of search queries asks too). */
    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
