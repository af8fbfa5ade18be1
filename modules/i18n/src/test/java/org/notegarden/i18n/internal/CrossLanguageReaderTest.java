package org.notegarden.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.i18n.api.CrossLanguageQuery;

class CrossLanguageReaderTest {
    private static final String DICTIONARY = "{\"all\":["
            + "[\"徒步\",\"徒步\",\"tu2 bu4\",\"to be on foot\",[],[]],"
            + "[\"遠足\",\"远足\",\"yuan3 zu2\",[\"excursion\",\"hike\",\"march\"],[],[]],"
            + "[\"徒步旅行\",\"徒步旅行\",\"tu2 bu4 lu:3 xing2\",\"hiking\",[],[]],"
            + "[\"路線\",\"路线\",\"lu4 xian4\",[\"itinerary\",\"route\"],[],[]],"
            + "[\"博物館\",\"博物馆\",\"bo2 wu4 guan3\",\"museum\",[],[]],"
            + "[\"博物院\",\"博物院\",\"bo2 wu4 yuan4\",\"museum\",[],[]],"
            + "[\"科學博物館\",\"科学博物馆\",\"ke1 xue2 bo2 wu4 guan3\",\"science museum\",[],[]],"
            + "[\"牛肉麵\",\"牛肉面\",\"niu2 rou4 mian4\",\"beef noodle soup\",[],[]],"
            + "[\"狗狗\",\"狗狗\",\"gou3 gou1\",\"(coll.) dog; doggie\",[],[]],"
            + "[\"茶\",\"茶\",\"cha2\",[\"tea\",\"tea plant\"],[],[]],"
            + "[\"焙\",\"焙\",\"bei4\",[\"to dry over a fire\",\"to bake\"],[],[]],"
            + "[\"推薦\",\"推荐\",\"tui1 jian4\",[\"to recommend\",\"recommendation\"],[],[]],"
            + "[\"咖啡店\",\"咖啡店\",\"ka1 fei1 dian4\",[\"coffee shop\",\"cafe\",\"coffee shops\"],[],[]]"
            + "]}";
    private static final String GLOSSARY = "# test\nhiking, hike\t徒步, 远足\nbeef noodles\t牛肉面\npuppy, dog\t狗狗, 小狗\ncafé\t咖啡店\n";

    private static CrossLanguageReader reader() throws Exception {
        return new CrossLanguageReader(CedictDictionary.parse(new StringReader(DICTIONARY)),
                LifestyleGlossary.parse(new StringReader(GLOSSARY)));
    }

    @Test
    void anEnglishWordGetsTheGlossarysRenderingsThenEveryHeadwordWithThatSense() throws Exception {
        CrossLanguageQuery q = reader().read("Hiking").orElseThrow();
        assertEquals(List.of(List.of("徒步", "远足", "徒步旅行")), q.words(), "-ing taken off for the glossary's 'hike'");
        assertEquals("徒步", q.display());
    }

    @Test
    void headwordsAreRankedByFirstSenseThenByHowManyWordsAreBuiltFromThem() throws Exception {
        // Both have "museum" as first sense; 博物馆 is inside 科学博物馆, 博物院 inside nothing.
        assertEquals(List.of(List.of("博物馆", "博物院")), reader().read("museums").orElseThrow().words());
    }

    @Test
    void phrasesAreMatchedBeforeWordsAndFunctionWordsDropped() throws Exception {
        CrossLanguageQuery q = reader().read("the best beef noodles for a hike").orElseThrow();
        assertEquals(List.of(List.of("牛肉面"), List.of("徒步", "远足")), q.words(), "\"hike\" is 远足 in the dictionary too");
    }

    @Test
    void unknownEnglishWordsAreKeptAsWrittenButAQueryOfOnlyUnknownWordsHasNoReading() throws Exception {
        assertEquals(List.of(List.of("iphone"), List.of("15"), List.of("徒步", "远足", "徒步旅行")),
                reader().read("iPhone 15 hiking").orElseThrow().words());
        assertTrue(reader().read("zqx wubble").isEmpty());
    }

    @Test
    void chineseIsCutByLongestMatchAndEachWordGetsEverySense() throws Exception {
        CrossLanguageQuery q = reader().read("徒步路線 狗狗").orElseThrow();
        assertEquals(List.of(List.of("hiking", "be on foot"), List.of("itinerary", "route"), List.of("puppy", "dog", "doggie")),
                q.words(), "traditional 路線 read as 路线; the glossary's words first; \"hike\" is searched as \"hiking\" is");
        assertEquals("hiking itinerary puppy", q.display());
    }

    @Test
    void renderingsTheSearchReadsAlikeAreOneRendering() throws Exception {
        // Folded, stemmed: café = cafe, coffee shops = coffee shop, recommendation = recommend. Each
        // was a clause of its own, counting the word twice in the score.
        assertEquals(List.of(List.of("café", "coffee shop"), List.of("recommend")), reader().read("咖啡店推荐").orElseThrow().words());
    }

    @Test
    void aChineseCharacterNothingCanRenderLeavesNoReadingRatherThanALooserOne() throws Exception {
        // 焙茶 is not a headword; were 焙 left out, "tea" alone would bring every English note on tea.
        assertEquals(List.of(List.of("bake"), List.of("tea", "tea plant"), List.of("x1")),
                reader().read("焙茶x1").orElseThrow().words(), "the sense that is a short phrase is used");
        assertTrue(reader().read("茶鑫").isEmpty(), "an unknown character makes the reading too wide to offer");
    }

    @Test
    void theRealDictionaryAndGlossaryReadEverydayQueries() {
        var t = new CedictTranslator();
        assertTrue(t.searchTermsInOtherLanguage("beef noodles").orElseThrow().words().get(0).contains("牛肉面"));
        assertTrue(t.searchTermsInOtherLanguage("防晒霜").orElseThrow().words().get(0).contains("sunscreen"));
        assertTrue(CedictTranslator.withoutGlossary().searchTermsInOtherLanguage("museum").orElseThrow().words().get(0).contains("博物馆"));
    }
}
