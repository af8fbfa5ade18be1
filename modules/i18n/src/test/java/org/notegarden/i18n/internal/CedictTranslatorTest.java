package org.notegarden.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CedictTranslatorTest {
    private static final String SAMPLE = "{\"all\":["
            + "[\"咖啡\",\"咖啡\",\"ka1 fei1\",\"coffee (loanword)/CL:杯[bei1]\",[],[]],"
            + "[\"咖啡店\",\"咖啡店\",\"ka1 fei1 dian4\",\"café\",[],[]],"
            + "[\"店\",\"店\",\"dian4\",\"inn/shop/store\",[],[]],"
            + "[\"我\",\"我\",\"wo3\",\"I/me/my\",[],[]],"
            + "[\"喜歡\",\"喜欢\",\"xi3 huan5\",\"to like/to be fond of\",[],[]],"
            + "[\"貓\",\"猫\",\"mao1\",\"cat/CL:隻|只[zhi1]\",[],[]],"
            + "[\"茶\",\"茶\",\"cha2\",\"tea/tea plant/CL:杯[bei1],壺|壶[hu2]\",[],[]],"
            + "[\"綠色\",\"绿色\",\"lu:4 se4\",\"green\",[],[]],"
            + "[\"時事\",\"时事\",\"shi2 shi4\",\"current trends\",[],[]],"
            + "[\"實事\",\"实事\",\"shi2 shi4\",\"fact\",[],[]]"
            + "]}";

    private static CedictTranslator sample() {
        return new CedictTranslator(CedictDictionary.parse(new StringReader(SAMPLE)));
    }

    @Test
    void chineseIsSegmentedByLongestMatchAndGlossed() {
        var t = sample().translate("我喜欢咖啡店，猫和茶！#咖啡", "zh", "en");
        assertEquals("I to like café, cat 和 tea! #coffee", t.text(), "unknown 和 is kept as written");
        assertTrue(t.wordLevel());
        assertEquals("I to like", sample().translate("我喜歡", "zh", "en").text(), "traditional headwords too");
    }

    @Test
    void englishWordsAreLookedUpOneByOneWithSimpleEndings() {
        assertEquals("我喜欢猫 and 茶 #latte", sample().translate("I like cats and tea #latte", "en", "zh").text());
    }

    @Test
    void senseCleanUpDropsAnnotations() {
        assertEquals("coffee", CedictDictionary.firstSense("(coll.) coffee/caffeine"));
        assertEquals("cat", CedictDictionary.firstSense("variant of 貓|猫/cat"));
    }

    @Test
    void sensesGivenAsArraysAreReadAndNeverTakenFromTheEntryBefore() {
        // The npm data gives several senses as an array, a single one as a string.
        String json = "{\"all\":[[\"家\",\"家\",\"jia1\",[\"used in 傢伙|家伙[jia1 huo5]\",\"home\",\"family\"],[],[]],"
                + "[\"很\",\"很\",\"hen3\",[\"very; quite\",\"(also, often used before an adjective)\"],[],[]],"
                + "[\"茶\",\"茶\",\"cha2\",[\"tea\",\"tea plant\"],[],[]],[\"喝\",\"喝\",\"he1\",\"to drink\",[],[]]]}";
        var t = new CedictTranslator(CedictDictionary.parse(new StringReader(json)));
        assertEquals("home tea very to drink", t.translate("家茶很喝", "zh", "en").text());
    }

    @Test
    void theRealDictionaryLoadsFromTheClassPath() {
        var t = new CedictTranslator();
        assertEquals("coffee", t.translate("咖啡", "zh", "en").text());
        assertEquals("tea very tasty", t.translate("茶很好喝", "zh", "en").text(), "common words have several senses in the data");
        assertEquals("拿铁", t.translate("latte", "en", "zh").text());
        assertTrue(t.translate("coffee", "en", "zh").text().contains("咖啡"), t.translate("coffee", "en", "zh").text());
    }

    @Test
    void pinyinNamesTheWordOnlyWhenItIsTheOnlyOneSpelledSo() {
        assertEquals(java.util.Optional.of("咖啡"), sample().hanziForPinyin("kafei"));
        assertEquals(java.util.Optional.of("咖啡"), sample().hanziForPinyin("Ka Fei"));
        assertEquals(java.util.Optional.of("绿色"), sample().hanziForPinyin("lvse"), "ü typed as v, as pinyin keyboards do");
        assertEquals(java.util.Optional.empty(), sample().hanziForPinyin("shishi"), "时事 or 实事: no guess");
        assertEquals(java.util.Optional.empty(), sample().hanziForPinyin("mao"), "one character is no word to show");
        assertEquals(java.util.Optional.empty(), sample().hanziForPinyin("latte"));
    }
}
