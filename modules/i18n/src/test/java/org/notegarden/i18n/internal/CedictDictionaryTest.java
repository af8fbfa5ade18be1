package org.notegarden.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.LiveHeap;

/** The loaded CC-CEDICT dictionary: what it answers, and what it keeps of every server's heap. */
class CedictDictionaryTest {

    /**
     * Its five maps held 485,000 entries as strings in hash maps: 36 MB of live heap in every
     * server, the largest single part of the application's own.
     */
    @Test
    void theLoadedDictionaryKeepsLessThanTwentyMegabytesOfHeap() {
        CedictDictionary.load(); // classes loaded; this copy is garbage below
        long before = LiveHeap.bytes();
        CedictDictionary d = CedictDictionary.load();
        long kept = LiveHeap.bytes() - before;
        assertTrue(kept < 20L << 20, kept / 1048576 + " MB kept by the dictionary");
        assertTrue(d.longestHeadword > 0); // reachable until measured
    }

    @Test
    void everyMapAnswersAsTheDictionarySays() {
        CedictDictionary d = CedictDictionary.load();
        assertEquals("coffee", d.chineseToEnglish.get("咖啡"));
        assertEquals("coffee", d.chineseToEnglish.get("咖啡"), "asked twice, the same answer");
        int[] text = "我喝咖啡".codePoints().toArray();
        assertEquals("coffee", d.chineseToEnglish.get(text, 2, 2), "a run of code points inside a text");
        assertNull(d.chineseToEnglish.get(text, 1, 2), "喝咖 is no word");
        assertEquals("咖啡", d.englishToChinese.get("coffee"));
        assertEquals("咖啡", d.pinyinToChinese.get("kafei"));
        assertEquals("", d.pinyinToChinese.get("shishi"), "several words are spelled shishi: none is offered");
        assertEquals(List.of("museum"), d.searchPhrasesOf("博物馆"));
        assertEquals("博物馆", d.phraseToChinese.getList("museum")[0]);
        assertTrue(d.phraseToChinese.getList("dog").length <= CedictDictionary.ALTERNATIVES);
        assertNull(d.phraseToChinese.getList("no such phrase at all"));
        assertEquals(List.of(), d.searchPhrasesOf("𠀀𠀀"), "beyond the basic plane, unknown");
    }

    @Test
    void listsKeepTheirOrderAndAnEmptyListStaysEmpty() {
        FrozenStringMap lists = FrozenStringMap.ofLists(java.util.Map.of("狗", new String[] {"dog", "doggie"}, "无", new String[0],
                "𠀀", new String[] {"rare"}));
        assertArrayEquals(new String[] {"dog", "doggie"}, lists.getList("狗"));
        assertArrayEquals(new String[0], lists.getList("无"));
        assertArrayEquals(new String[] {"rare"}, lists.getList("𠀀"));
        assertEquals("rare", lists.get("𠀀".codePoints().toArray(), 0, 1));
        assertEquals(3, lists.size());
        assertNull(FrozenStringMap.of(java.util.Map.of()).get("x"));
    }
}
