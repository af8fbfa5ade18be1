package org.notegarden.i18n.api;

import org.notegarden.i18n.api.I18nMessages;
import org.notegarden.platform.api.Problems;

/**
 * Translates text between English ("en") and Chinese ("zh"). The embedded provider is word-level
 * (dictionary glosses from CC-CEDICT): readable enough to understand a note, and always marked
 * {@link Translation#wordLevel()} so the interface can say so.
 */
public interface Translator {
    /** A stable id shown with translations, e.g. "cc-cedict". */
    String id();

    /**
     * @param from "en" or "zh"
     * @param to   the other one
     */
    Translation translate(String text, String from, String to);

    /**
     * The Chinese word a Latin-letter query spells in pinyin ("kafei" → 咖啡), when exactly one
     * word is spelled so; empty otherwise or when this translator cannot tell.
     */
    default java.util.Optional<String> hanziForPinyin(String typed) {
        return java.util.Optional.empty();
    }

    /**
     * The text in the other language (Chinese ↔ English, decided by whether it has Han
     * characters), or empty when the translator has nothing different to offer or fails: for
     * widening a search, where one language alone must still work.
     */
    default java.util.Optional<String> inOtherLanguage(String text) {
        try {
            boolean chinese = ChineseText.hasHan(text);
            String out = translate(text, chinese ? "zh" : "en", chinese ? "en" : "zh").text();
            return out == null || out.isBlank() || out.strip().equalsIgnoreCase(text.strip())
                    ? java.util.Optional.empty() : java.util.Optional.of(out.strip());
        } catch (RuntimeException e) {
            // The search goes on in one language; the operator learns why the other was missing.
            System.getLogger(Translator.class.getName()).log(System.Logger.Level.WARNING,
                    "Translator " + id() + " failed; searching in one language only", e);
            return java.util.Optional.empty();
        }
    }

    /**
     * The query's words in the other language, each with its alternative renderings, for widening
     * a search; empty when there is nothing to add. Translators that only translate give their
     * whole translation as one word ({@link #inOtherLanguage}).
     */
    default java.util.Optional<CrossLanguageQuery> searchTermsInOtherLanguage(String query) {
        return inOtherLanguage(query).map(CrossLanguageQuery::whole);
    }

    /**
     * A title and its text together, as notes and listings have them: a blank part stays blank,
     * and the pair is word-level when either part was. A failure is a 502 problem
     * ({@code translation-unavailable}), never half a translation.
     */
    default Pair translatePair(String title, String text, String from, String to) {
        try {
            Translation t = title == null || title.isBlank() ? new Translation("", id(), false) : translate(title, from, to);
            Translation b = text == null || text.isBlank() ? new Translation("", id(), t.wordLevel()) : translate(text, from, to);
            return new Pair(t.text() == null ? "" : t.text(), b.text() == null ? "" : b.text(), id(),
                    t.wordLevel() || b.wordLevel());
        } catch (RuntimeException e) {
            throw Problems.translationUnavailable();
        }
    }

    /** "en" or "zh" from what a client asked for ({@code zh-TW} is "zh"); a 422 naming {@code to} otherwise. */
    static String targetLanguage(String requested) {
        String to = requested == null ? "" : requested.strip().toLowerCase(java.util.Locale.ROOT);
        if (to.startsWith("zh")) {
            return "zh";
        }
        if (to.startsWith("en")) {
            return "en";
        }
        throw Problems.invalid("to", I18nMessages.MUST_BE_EN_OR_ZH);
    }

    /** The translated text, who made it, and whether it is a word-by-word rendering rather than a fluent one. */
    record Translation(String text, String provider, boolean wordLevel) {
    }

    /** A translated title and text, who made them, and whether word by word. */
    record Pair(String title, String text, String provider, boolean wordLevel) {
    }
}
