package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * The home feed: "for you" ranked from the reader's own collects, searches and follows with the
 * reasons stated per card; "not interested" lowering similar notes; the non-personalised modes
 * ignoring all of it and staying chosen; minors and readers without consent (the EU default)
 * never personalised.
 */
@WholeApp
class DiscoveryIT {
    ApiClient api;

    private static List<JsonObject> items(JsonObject feed) {
        return feed.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static int position(JsonObject feed, long noteId) {
        List<JsonObject> items = items(feed);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getJsonObject("note").getJsonNumber("id").longValue() == noteId) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static JsonObject reasonsOf(JsonObject feed, long noteId, String kind) {
        return items(feed).stream().filter(i -> i.getJsonObject("note").getJsonNumber("id").longValue() == noteId)
                .flatMap(i -> i.getJsonArray("reasons").getValuesAs(JsonObject.class).stream())
                .filter(r -> r.getString("kind").equals(kind)).findFirst().orElse(null);
    }

    @Test
    void forYouRanksFromTheReadersOwnActionsAndSaysWhy() {
        String m = SearchMarkers.fresh();
        String topic = "matcha" + m;
        User reader = api.register("foryou");
        User brewer = api.register("brewer");
        for (int i = 0; i < 3; i++) {
            long n = api.publishNote(brewer, "Matcha " + i, "#" + topic + " whisking notes " + i);
            assertEquals(200, api.put("/notes/" + n + "/collect", reader.token(), "{}").status());
        }
        long onTopic = api.publishNote(brewer, "Iced matcha", "#" + topic + " summer version");
        User roaster = api.register("roaster");
        long searched = api.publishNote(roaster, "焙茶" + m + "入门", "第一次喝焙茶");
        api.get("/search/notes?q=" + URLEncoder.encode("焙茶" + m, StandardCharsets.UTF_8), reader.token());
        User friend = api.register("friend");
        assertEquals(200, api.put("/users/" + friend.handle() + "/follow", reader.token(), null).status());
        long followed = api.publishNote(friend, "Weekend hike", "Trail notes");
        long unrelated = api.publishNote(api.register("stranger"), "Random thought " + m, "Nothing to do with tea");

        JsonObject feed = api.get("/discovery/feed?limit=50", reader.token()).obj();
        assertEquals("FOR_YOU", feed.getString("mode"), feed.toString());
        JsonObject collected = reasonsOf(feed, onTopic, "COLLECTED_TOPIC");
        assertEquals(topic, collected.getString("value"), "you collected notes on #" + topic);
        assertEquals(3, collected.getInt("count"));
        assertEquals("焙茶" + m, reasonsOf(feed, searched, "SEARCHED").getString("value"), "you searched it");
        assertEquals(friend.handle(), reasonsOf(feed, followed, "FOLLOWING").getString("value"), "you follow the author");
        assertTrue(position(feed, onTopic) < position(feed, unrelated), "interests outrank a stranger's note");
        assertTrue(position(feed, searched) < position(feed, unrelated));
        assertTrue(position(feed, followed) < position(feed, unrelated));
        assertTrue(position(feed, onTopic) < position(feed, followed), "three collects on the topic weigh more than one follow");

        // "Not interested": the note goes, and notes like it (same topic, same author) drop.
        long alsoOnTopic = api.publishNote(brewer, "Matcha latte", "#" + topic + " with oat milk");
        JsonObject before = api.get("/discovery/feed?limit=50", reader.token()).obj();
        assertTrue(position(before, alsoOnTopic) < position(before, followed), "a new note on the topic ranks high");
        assertEquals(204, api.put("/discovery/not-interested/" + onTopic, reader.token(), null).status());
        JsonObject after = api.get("/discovery/feed?limit=50", reader.token()).obj();
        assertEquals(Integer.MAX_VALUE, position(after, onTopic), "gone");
        assertTrue(position(after, alsoOnTopic) > position(after, followed), "similar notes rank lower now");

        // The non-personalised mode ignores all of it, and stays chosen.
        Res chosen = api.put("/discovery/mode", reader.token(), "{\"mode\":\"LATEST\"}");
        assertEquals(200, chosen.status(), chosen.toString());
        JsonObject latest = api.get("/discovery/feed?limit=50", reader.token()).obj();
        assertEquals("LATEST", latest.getString("mode"));
        assertTrue(latest.getBoolean("modeChosen"));
        assertTrue(items(latest).stream().allMatch(i -> i.getJsonArray("reasons").getJsonObject(0).getString("kind").equals("LATEST")));
        assertTrue(position(latest, unrelated) < position(latest, followed), "newest first, interests ignored");
        assertEquals(Integer.MAX_VALUE, position(latest, onTopic), "a dismissed note stays dismissed");
        assertEquals("mode", api.put("/discovery/mode", reader.token(), "{\"mode\":\"SPICY\"}").problemField());
        assertEquals(200, api.put("/discovery/mode", reader.token(), "{\"mode\":\"FOR_YOU\"}").status());
    }

    @Test
    void minorsAndReadersWithoutConsentAreNeverPersonalised() {
        assertEquals("POPULAR_NEARBY", api.get("/discovery/feed", null).obj().getString("mode"), "signed-out readers");

        String teenHandle = "teen" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Res teen = api.sendFrom("8.8.8.8", "en", "POST", "/auth/register", null, Json.createObjectBuilder()
                .add("email", teenHandle + "@example.org").add("password", "correct horse 1").add("handle", teenHandle)
                .add("displayName", "Teen").add("birthDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusYears(15).toString())
                .add("mode", "token").build().toString());
        assertEquals(201, teen.status(), teen.toString());
        String teenToken = teen.obj().getString("token");
        JsonObject teenFeed = api.get("/discovery/feed", teenToken).obj();
        assertEquals("POPULAR_NEARBY", teenFeed.getString("mode"));
        assertFalse(teenFeed.getBoolean("personalisationAllowed"));
        assertEquals("mode", api.put("/discovery/mode", teenToken, "{\"mode\":\"FOR_YOU\"}").problemField());

        String euHandle = "eu" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Res eu = api.sendFrom("2a00:1450:300::1", "fr", "POST", "/auth/register", null, Json.createObjectBuilder()
                .add("email", euHandle + "@example.org").add("password", "correct horse 1").add("handle", euHandle)
                .add("displayName", "Léa").add("birthDate", "1990-05-01").add("mode", "token").build().toString());
        assertEquals(201, eu.status(), eu.toString());
        String euToken = eu.obj().getString("token");
        assertEquals("POPULAR_NEARBY", api.get("/discovery/feed", euToken).obj().getString("mode"), "off by default in the EU");
        assertEquals("mode", api.put("/discovery/mode", euToken, "{\"mode\":\"FOR_YOU\"}").problemField(), "needs consent first");
        assertEquals(200, api.put("/privacy/consents", euToken, "{\"purpose\":\"PERSONALISATION\",\"granted\":true}").status());
        assertEquals("FOR_YOU", api.put("/discovery/mode", euToken, "{\"mode\":\"FOR_YOU\"}").obj().getString("mode"));
        assertEquals(200, api.put("/privacy/consents", euToken, "{\"purpose\":\"PERSONALISATION\",\"granted\":false}").status());
        assertEquals("POPULAR_NEARBY", api.get("/discovery/feed", euToken).obj().getString("mode"), "withdrawing consent ends it at once");
    }

    @Test
    void topicChannelsGatherNotesByTheirWordsInEitherLanguage() {
        String m = SearchMarkers.fresh();
        User stylist = api.register("stylist");
        long outfit = api.publishNote(stylist, "秋季通勤穿搭 " + m, "风衣配乐福鞋 #穿搭");
        long trail = api.publishNote(stylist, "Sunrise hike " + m, "Two hours up the ridge #hiking");
        JsonObject fashion = api.get("/discovery/feed?channel=fashion&limit=50", null).obj();
        assertTrue(position(fashion, outfit) < Integer.MAX_VALUE, "#穿搭 is fashion");
        assertEquals("fashion", reasonsOf(fashion, outfit, "CHANNEL").getString("value"));
        assertEquals(Integer.MAX_VALUE, position(fashion, trail));
        assertTrue(position(api.get("/discovery/feed?channel=travel&limit=50", null).obj(), trail) < Integer.MAX_VALUE, "hiking is travel");
        assertEquals("channel", api.get("/discovery/feed?channel=gardening", null).problemField());
        assertEquals(6, api.get("/discovery/channels", null).json().asJsonArray().size());
    }

    @Test
    void forYouKeepsAMixWhenOneInterestIsStrong() {
        String m = SearchMarkers.fresh();
        String home = "家居" + m;
        User reader = api.register("homebody");
        List<User> makers = List.of(api.register("maker"), api.register("maker"), api.register("maker"));
        java.util.Set<Long> homeNotes = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            // Each text its own (a UUID in it): near-duplicate texts of other accounts are held, not published.
            homeNotes.add(api.publishNote(makers.get(i % 3), "Shelf idea " + i, "#" + home + " small flat " + UUID.randomUUID()));
        }
        // The catalogue has other topics too (four of them, four notes each).
        List<User> others = List.of(api.register("cook"), api.register("walker"));
        String[] topics = {"food", "travel", "beauty", "fitness"};
        for (int i = 0; i < 16; i++) {
            api.publishNote(others.get(i % 2), "Other " + i, "#" + topics[i % 4] + m + " idea " + UUID.randomUUID());
        }
        for (long n : homeNotes.stream().limit(2).toList()) {
            assertEquals(200, api.put("/notes/" + n + "/collect", reader.token(), "{}").status());
        }
        JsonObject feed = api.get("/discovery/feed?limit=20", reader.token()).obj();
        long onHome = feed.getJsonArray("items").stream()
                .filter(v -> homeNotes.contains(v.asJsonObject().getJsonObject("note").getJsonNumber("id").longValue())).count();
        assertTrue(onHome > 0, "the interest shows");
        assertTrue(onHome <= 5, "one interest takes at most 5 of 20 cards, not all of them: " + onHome);
    }
}
