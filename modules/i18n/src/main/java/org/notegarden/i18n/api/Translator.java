package org.notegarden.i18n.api;

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
            return java.util.Optional.empty();
        }
    }

    /** The translated text, who made it, and whether it is a word-by-word rendering rather than a fluent one. */
    record Translation(String text, String provider, boolean wordLevel) {
    }
}
