package org.notegarden.i18n.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTextTest {
    @Test
    void foldsTraditionalToSimplified() {
        assertEquals("台湾", ChineseText.toSimplified("臺灣"));
        assertEquals("Plain text 咖啡", ChineseText.toSimplified("Plain text 咖啡"));
    }

    @Test
    void pinyinKeysJoinNeighbouringSyllables() {
        List<String> keys = List.of(ChineseText.pinyinKeys("上海的咖啡店!").split(" "));
        assertTrue(keys.containsAll(List.of("ka", "fei", "kafei", "kafeidian", "shanghai")), keys.toString());
        assertFalse(keys.contains("shanghaidekafei"), "runs are joined three syllables at most");
        assertEquals("", ChineseText.pinyinKeys("no chinese here"));
        List<String> tea = List.of(ChineseText.pinyinKeys("绿茶").split(" "));
        assertTrue(tea.containsAll(List.of("lvcha", "lucha", "lv", "lu", "cha")), "ü typed as v or u: " + tea);
    }

    @Test
    void tellsHanFromLatin() {
        assertTrue(ChineseText.hasHan("latte 拿铁"));
        assertFalse(ChineseText.hasHan("latte"));
    }

    @Test
    void simplifiedTextReadsInTraditionalForThoseWhoUseIt() {
        assertEquals("滿199減20 優惠券 WELCOME10", ChineseText.toTraditional("满199减20 优惠券 WELCOME10"));
        assertEquals("Free shipping", ChineseText.toTraditional("Free shipping"));
        assertTrue(ChineseText.readsTraditional("zh-TW"));
        assertTrue(ChineseText.readsTraditional("zh-Hant-HK"));
        assertTrue(ChineseText.readsTraditional("zh_HK"));
        assertFalse(ChineseText.readsTraditional("zh-CN"));
        assertFalse(ChineseText.readsTraditional("zh"));
        assertFalse(ChineseText.readsTraditional("en-TW"));
        assertFalse(ChineseText.readsTraditional(null));
    }
}
