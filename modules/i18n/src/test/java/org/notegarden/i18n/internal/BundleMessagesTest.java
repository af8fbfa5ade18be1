package org.notegarden.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundleMessagesTest {
    private final BundleMessages messages = new BundleMessages();

    @Test
    void negotiatesChineseFromBrowserHeaders() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, messages.negotiate("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, messages.negotiate("zh"));
        assertEquals(Locale.TRADITIONAL_CHINESE, messages.negotiate("zh-TW,zh;q=0.9"));
        assertEquals(Locale.TRADITIONAL_CHINESE, messages.negotiate("zh-Hant-HK"));
        assertEquals(Locale.TRADITIONAL_CHINESE, messages.negotiate("zh-HK"));
        assertEquals(Locale.ENGLISH, messages.negotiate("fr-FR"));
        assertEquals(Locale.ENGLISH, messages.negotiate(";;;garbage"));
        assertEquals(Locale.ENGLISH, messages.negotiate(null));
    }

    @Test
    void everyEnglishKeyHasAChineseTranslation() {
        Map<String, String> en = messages.bundle(Locale.ENGLISH);
        Map<String, String> zh = messages.bundle(Locale.SIMPLIFIED_CHINESE);
        assertEquals(en.keySet(), zh.keySet());
        Set<String> untranslated = new java.util.TreeSet<>();
        en.forEach((k, v) -> {
            if (v.equals(zh.get(k)) && v.chars().anyMatch(Character::isLetter)) {
                untranslated.add(k);
            }
        });
        // Brand names and languages' own names (autonyms) stay the same; everything else must be translated.
        untranslated.removeIf(k -> k.startsWith("brand.") || k.startsWith("autonym."));
        assertTrue(untranslated.isEmpty(), "not translated: " + untranslated);
    }

    @Test
    void traditionalChineseHasEveryKeyInTraditionalCharacters() {
        Map<String, String> cn = messages.bundle(Locale.SIMPLIFIED_CHINESE);
        Map<String, String> tw = messages.bundle(Locale.TRADITIONAL_CHINESE);
        assertEquals(cn.keySet(), tw.keySet());
        var toTraditional = com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");
        Set<String> simplified = new java.util.TreeSet<>();
        tw.forEach((k, v) -> {
            // Autonyms name each language in its own script (简体中文 stays Simplified everywhere).
            if (!k.startsWith("autonym.") && !v.equals(toTraditional.transliterate(v))) {
                simplified.add(k);
            }
        });
        assertTrue(simplified.isEmpty(), "still in Simplified characters: " + simplified);
        Set<String> sameAsSimplified = new java.util.TreeSet<>();
        cn.forEach((k, v) -> {
            if (!k.startsWith("autonym.") && !v.equals(toTraditional.transliterate(v)) && v.equals(tw.get(k))) {
                sameAsSimplified.add(k);
            }
        });
        assertTrue(sameAsSimplified.isEmpty(), "copied from Simplified: " + sameAsSimplified);
    }

    @Test
    void pluralsFollowTheLocalesRules() {
        assertEquals("1 like", messages.get(Locale.ENGLISH, "count.likes", 1));
        assertEquals("1 个赞", messages.get(Locale.SIMPLIFIED_CHINESE, "count.likes", 1));
        assertEquals("1,234 likes", messages.get(Locale.ENGLISH, "count.likes", 1234));
    }

    @Test
    void formatsArgumentsPerLocale() {
        assertEquals("3 likes", messages.get(Locale.ENGLISH, "count.likes", 3));
        assertEquals("3 个赞", messages.get(Locale.SIMPLIFIED_CHINESE, "count.likes", 3));
    }
}
