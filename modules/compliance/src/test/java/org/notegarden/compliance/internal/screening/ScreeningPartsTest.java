package org.notegarden.compliance.internal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.notegarden.compliance.internal.moderation.QueueLanguages;
import org.junit.jupiter.api.Test;

/** The shipped lists and the text signals, on real English and Chinese sentences. */
class ScreeningPartsTest {
    private static final WordLists LISTS = ScreeningLists.load(Optional.empty());

    @Test
    void wholeWordsInEnglishAnywhereInChineseWithAnAllowList() {
        assertTrue(LISTS.size() > 500, "the maintained lists are loaded: " + LISTS.size());
        assertTrue(LISTS.held("This is fucking great").isPresent());
        assertFalse(LISTS.held("A classic class assignment").isPresent(), "no Scunthorpe problem in English");
        assertTrue(LISTS.held("这人真是他妈的").isPresent());
        assertFalse(LISTS.held("这款乳液很清爽，乳霜也好用").isPresent(), "乳液 and 乳霜 are allowed");
        assertFalse(LISTS.held("今日拿铁 燕麦奶 女性 性价比很高").isPresent(), "one-character entries inside everyday words");
        assertTrue(LISTS.held("你这个 屌 人").isPresent(), "but standing alone they count");
        assertEquals(Optional.of("buy followers"), LISTS.refused("You can BUY   followers here"));
        assertTrue(LISTS.held("加微信领取优惠").isPresent(), "the installation's own hold words");
    }

    @Test
    void nearDuplicatesAreWithinThreeBitsAndDifferentTextsAreNot() {
        String a = "Limited offer: the glow serum everyone is talking about, DM me for the best price today only";
        long h1 = SimHash.of(a);
        long h2 = SimHash.of(a + "!!");
        long h3 = SimHash.of("My honest review of a moisturiser after two weeks: calm skin, no breakouts, would buy again");
        assertTrue(SimHash.distance(h1, h2) <= SimHash.MAX_DISTANCE, "distance " + SimHash.distance(h1, h2));
        assertTrue(SimHash.distance(h1, h3) > 10, "distance " + SimHash.distance(h1, h3));
        assertFalse(SimHash.worthComparing("好看"));
    }

    @Test
    void spamSignalsAndLanguages() {
        assertTrue(SpamSignals.of("see www.cheap-deals.xyz", true).isPresent(), "new accounts may not post links");
        assertFalse(SpamSignals.of("see www.cheap-deals.xyz", false).isPresent());
        assertTrue(SpamSignals.of("soooooooooooooo good", false).isPresent());
        assertEquals("zh", QueueLanguages.of("今天去了一家很好吃的 brunch 店"));
        assertEquals("en", QueueLanguages.of("Best brunch in town, 真的"));
        assertEquals("other", QueueLanguages.of("Лучший завтрак в городе"));
    }
}
