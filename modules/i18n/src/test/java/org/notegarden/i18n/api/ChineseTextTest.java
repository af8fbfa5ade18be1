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
}
