package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Search on the embedded Lucene index with bilingual fixtures: words inside Chinese compounds,
 * Traditional → Simplified, pinyin, English stems, the other language through the translator
 * (and turning it off), sorts, filters, moderation taking notes out, people, topics, history,
 * hot searches and suggestions. Other ITs share the database, so each test looks for its own
 * notes by a marker word of its own.
 */
@WholeApp
class SearchIT {
    ApiClient api;

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Ids of the notes found for a query string such as "q=咖啡&sort=latest". */
    private static List<Long> found(ApiClient api, String query) {
        Res r = api.get("/search/notes?" + query + "&limit=50", null);
        assertEquals(200, r.status(), r.toString());
        return r.obj().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(n -> n.getJsonNumber("id").longValue()).toList();
    }

    private static String marker() {
        return SearchMarkers.fresh();
    }

    @Test
    void chineseWordsInsideCompoundsTraditionalFoldingPinyinAndEnglishStems() {
        User writer = api.register("searcher");
        String m = marker();
        long cafe = api.publishNote(writer, "上海的咖啡店推荐", "周末去了三家咖啡店 " + m);
        long taiwan = api.publishNote(writer, "台湾夜市美食", "夜市小吃合集 " + m);
        long lattes = api.publishNote(writer, "My favourite lattes", "Three cafés worth the queue " + m);

        assertTrue(found(api, "q=" + enc("咖啡 " + m)).contains(cafe), "咖啡 is found inside 咖啡店");
        assertTrue(found(api, "q=" + enc("臺灣 " + m)).contains(taiwan), "Traditional 臺灣 finds Simplified 台湾");
        assertTrue(found(api, "q=" + enc("kafei")).contains(cafe), "pinyin kafei finds 咖啡");
        assertEquals("咖啡", api.get("/search/notes?q=kafei", null).obj().getString("readAsPinyin"),
                "and says so: Showing results for 咖啡");
        assertEquals("台湾", api.sendFrom(null, "zh-CN", "GET", "/search/notes?q=taiwan", null, null).obj().getString("readAsPinyin"));
        assertEquals("台灣", api.sendFrom(null, "zh-TW", "GET", "/search/notes?q=taiwan", null, null).obj().getString("readAsPinyin"),
                "a reader of Traditional is told the word in Traditional");
        jakarta.json.JsonObject english = api.get("/search/notes?q=latte", null).obj();
        assertTrue(!english.containsKey("readAsPinyin") || english.isNull("readAsPinyin"), "latte spells no Chinese word");
        assertTrue(found(api, "q=" + enc("latte " + m)).contains(lattes), "latte finds lattes");
        assertFalse(found(api, "q=" + enc("夜市 " + m)).contains(cafe), "and only what matches");

        Res bad = api.get("/search/notes?q=x&sort=cheapest", null);
        assertEquals(422, bad.status());
        assertEquals("sort", bad.problemField());
        assertEquals("q", api.get("/search/notes?q=" + enc("x".repeat(101)), null).problemField());
        assertEquals("time", api.get("/search/notes?q=x&time=year", null).problemField());
    }

    @Test
    void englishQueriesFindChineseNotesUnlessTurnedOff() {
        User writer = api.register("crosslang");
        long chinese = api.publishNote(writer, "咖啡拉花教程", "在家练习咖啡拉花");
        Res r = api.get("/search/notes?q=coffee&limit=50", null);
        assertTrue(r.obj().getString("translatedQuery").contains("咖啡"), r.toString());
        // Far fewer than 1,000 match here, so the total is counted exactly and says so.
        assertTrue(r.obj().getBoolean("totalExact"), r.toString());
        assertTrue(r.obj().getJsonNumber("total").longValue() >= r.obj().getJsonArray("items").size(), r.toString());
        assertTrue(found(api, "q=coffee").contains(chinese), "coffee finds 咖啡 through the translator");
        assertFalse(found(api, "q=coffee&crossLanguage=false").contains(chinese), "not when the reader turns it off");
        long english = api.publishNote(writer, "Coffee art basics", "Milk foam and patience");
        assertTrue(found(api, "q=" + enc("咖啡")).contains(english), "and the other way round");
    }

    @Test
    void sortsFiltersAndModerationRemoval() throws Exception {
        User writer = api.register("sorter");
        String m = marker();
        long first = api.publishNote(writer, "Glow serum one " + m, "first");
        long second = api.publishNote(writer, "Glow serum two " + m, "second");
        long third = api.publishNote(writer, "Glow serum three " + m, "third");
        for (int i = 0; i < 2; i++) {
            User fan = api.register("fan");
            assertEquals(200, api.put("/notes/" + second + "/like", fan.token(), null).status());
        }
        User collector = api.register("collector");
        assertEquals(200, api.put("/notes/" + first + "/like", collector.token(), null).status());
        Res collected = api.put("/notes/" + third + "/collect", collector.token(), "{}");
        assertTrue(collected.status() == 200 || collected.status() == 204, collected.toString());

        assertEquals(List.of(third, second, first), found(api, "q=" + m + "&sort=latest"));
        assertEquals(List.of(second, first), found(api, "q=" + m + "&sort=most_liked").subList(0, 2), "likes counted at once");
        assertEquals(third, found(api, "q=" + m + "&sort=most_collected").get(0));
        assertEquals(3, found(api, "q=" + m + "&time=day").size());
        assertEquals(0, found(api, "q=" + m + "&type=video").size());

        long video = org.notegarden.app.it.video.SampleVideos.ready(api, writer).getJsonNumber("id").longValue();
        long clip = api.post("/notes", writer.token(), Json.createObjectBuilder().add("title", "Glow routine clip " + m)
                .add("body", "video").add("mediaIds", Json.createArrayBuilder().add(video)).add("publish", true).build().toString())
                .obj().getJsonNumber("id").longValue();
        assertEquals(List.of(clip), found(api, "q=" + m + "&type=video"));

        // A moderator's removal takes the note out of search at once; the author's deletion too.
        User mod = Moderators.appoint(api, api.adminToken(), "modsearch", null);
        Moderators.reportAndDecide(api, collector, mod, "NOTE", first, "SCAMS_AND_FRAUD", "Reporting for the search test.",
                "\"decision\":\"REMOVE\",\"facts\":\"Misleading health claims in the note.\",\"policyClause\":\"Community Guidelines §5\"");
        assertFalse(found(api, "q=" + m).contains(first), "removed by moderation");
        assertEquals(204, api.delete("/notes/" + third, writer.token()).status());
        assertFalse(found(api, "q=" + m).contains(third), "deleted by its author");
        assertTrue(found(api, "q=" + m).contains(second));

        // A private profile's notes leave search when the author switches it on.
        assertEquals(200, api.send("PATCH", "/me", writer.token(), "{\"privateProfile\":true}").status());
        assertFalse(found(api, "q=" + m).contains(second), "private profiles are not searchable");
    }

    @Test
    void peopleTopicsHistoryHotSearchesAndSuggestions() {
        String m = marker();
        User creator = api.register("kafeiren");
        assertEquals(200, api.send("PATCH", "/me", creator.token(), "{\"displayName\":\"咖啡达人 " + m + "\"}").status());
        List<String> handles = api.get("/search/users?q=" + enc(creator.handle().substring(0, 8)), null).obj().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("handle")).toList();
        assertTrue(handles.contains(creator.handle()), "handles by prefix: " + handles);
        assertTrue(api.get("/search/users?q=" + m, null).raw().body().contains(creator.handle()), "names by word");

        String topic = "拿铁" + m;
        api.publishNote(creator, "今日拿铁", "#" + topic + " 燕麦奶"); // 燕麦奶 holds 奶, which screening must not hold
        List<JsonObject> topics = api.get("/search/topics?q=" + enc(topic), null).json().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(topic, topics.get(0).getString("topic"), topics.toString());
        assertEquals(1, topics.get(0).getJsonNumber("notes").longValue());

        User reader = api.register("historian");
        String term = "oat latte " + m;
        api.get("/search/notes?q=" + enc(term), reader.token());
        api.get("/search/notes?q=" + enc("matcha " + m), reader.token());
        List<String> history = api.get("/search/history", reader.token()).json().asJsonArray().getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(List.of("matcha " + m, term), history, "newest first");
        assertEquals(401, api.get("/search/history", null).status());

        User other = api.register("second");
        searchesWritten(reader, other, "witness one " + m); // searches are written to the log every two seconds
        assertFalse(api.get("/search/hot", null).raw().body().contains(term), "one searcher does not make a hot search");
        assertFalse(api.get("/search/suggest?q=" + enc("oat latte"), null).raw().body().contains(term), "nor a suggestion");
        api.get("/search/notes?q=" + enc(term), other.token());
        assertTrue(Eventually.await(Duration.ofSeconds(10), () -> api.get("/search/hot", null).raw().body(), b -> b.contains(term))
                .contains(term), "two searchers do");
        assertTrue(api.get("/search/suggest?q=" + enc("oat latte"), null).raw().body().contains(term));
        String rude = "fuck " + m;
        api.get("/search/notes?q=" + enc(rude), reader.token());
        api.get("/search/notes?q=" + enc(rude), other.token());
        String markup = "<img src=x onerror=alert(" + m + ")>";
        api.get("/search/notes?q=" + enc(markup), reader.token());
        api.get("/search/notes?q=" + enc(markup), other.token());
        searchesWritten(reader, other, "witness two " + m);
        assertFalse(api.get("/search/hot", null).raw().body().contains(rude), "screened words never reach the hot list");
        assertFalse(api.get("/search/hot", null).raw().body().contains("onerror=alert(" + m), "markup is no hot search");
        assertFalse(api.get("/search/suggest?q=" + enc("<img"), null).raw().body().contains("onerror=alert(" + m), "nor a suggestion");

        JsonObject suggest = api.get("/search/suggest?q=" + enc(topic), null).obj();
        assertTrue(suggest.getJsonArray("topics").toString().contains(topic), suggest.toString());

        assertEquals(204, api.delete("/search/history", reader.token()).status());
        assertEquals(0, api.get("/search/history", reader.token()).json().asJsonArray().size(), "cleared");
        assertTrue(api.get("/search/hot", null).raw().body().contains(term), "hot searches keep the anonymous count");
    }

    /**
     * Both search a term no one else searches and wait until suggestions complete it: the log
     * is written in order, so every search the two made before is written by then too.
     */
    private void searchesWritten(User one, User two, String witness) {
        api.get("/search/notes?q=" + enc(witness), one.token());
        api.get("/search/notes?q=" + enc(witness), two.token());
        String prefix = witness.substring(0, witness.length() - 2);
        assertTrue(Eventually.await(Duration.ofSeconds(10), () -> api.get("/search/suggest?q=" + enc(prefix), null).raw().body(),
                b -> b.contains(witness)).contains(witness), "the search log is written within seconds");
    }

    @Test
    void noteTitlesCompleteWhatIsBeingTyped() {
        User author = api.register("titles");
        String m = marker();
        long latteArt = api.publishNote(author, m + " latte art at home", "Milk foam, slowly.");
        long durian = api.publishNote(author, "榴莲千层蛋糕 " + m, "周末自己做");
        Res draft = api.post("/notes", author.token(), "{\"title\":\"" + m + " latte artisan secret\",\"body\":\"not yet\"}");
        assertEquals(201, draft.status(), draft.toString());

        java.util.function.Function<String, List<Long>> completions = typed -> api.get("/search/suggest?q=" + enc(typed), null).obj()
                .getJsonArray("notes").getValuesAs(JsonObject.class).stream().map(n -> n.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(latteArt), completions.apply(m + " latte ar"), "the last word as a prefix, a draft never");
        assertEquals(List.of(latteArt), completions.apply(m + " LAT"));
        assertTrue(completions.apply(m + " latte zz").isEmpty(), "every typed word counts");
        assertTrue(completions.apply("榴莲千层").contains(durian), "Chinese by its characters");
        JsonObject first = api.get("/search/suggest?q=" + enc(m + " latte"), null).obj().getJsonArray("notes").getJsonObject(0);
        assertEquals(m + " latte art at home", first.getString("title"));
    }

    @Test
    void productsOnSaleAreFoundInBothLanguagesAndByPinyin() {
        User merchant = api.register("teashop");
        api.approvedShop(api.adminToken(), merchant, "West Lake Tea", "CNY");
        String m = marker();
        String listing = "{\"titleEn\":\"Longjing green tea " + m + "\",\"titleZh\":\"龙井绿茶\",\"descriptionEn\":\"Spring harvest\","
                + "\"descriptionZh\":\"明前新茶\",\"category\":\"food\",\"status\":\"%s\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":9900,\"stock\":5}]}";
        Res onSale = api.post("/products", merchant.token(), String.format(listing, "ACTIVE"));
        assertEquals(201, onSale.status(), onSale.toString());
        long productId = onSale.obj().getJsonNumber("id").longValue();
        long draftId = api.post("/products", merchant.token(), String.format(listing, "DRAFT")).obj().getJsonNumber("id").longValue();

        java.util.function.Function<String, List<Long>> products = q -> api.get("/search/products?q=" + enc(q) + "&limit=50", null).obj()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
        assertTrue(products.apply("绿茶").contains(productId), "by its Chinese title");
        assertTrue(products.apply("green tea " + m).contains(productId), "by its English title");
        assertTrue(products.apply("lvcha").contains(productId), "by pinyin");
        assertFalse(products.apply("green tea " + m).contains(draftId), "drafts are not on sale");
        assertEquals("q", api.get("/search/products?q=", null).problemField());

        // Archiving takes it out at once.
        Res archived = api.put("/products/" + productId, merchant.token(), String.format(listing, "ARCHIVED"));
        assertEquals(200, archived.status(), archived.toString());
        assertFalse(products.apply("green tea " + m).contains(productId));
    }
}
