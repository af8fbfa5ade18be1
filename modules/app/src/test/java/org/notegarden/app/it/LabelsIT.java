package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Honest labels: an image whose metadata says a generative model made it labels the note
 * AI-generated, and the author cannot take that label off; the wording follows the reader's
 * region policy and language; minors start private and stay out of public feeds; profile text
 * with listed words is held from others.
 */
@WholeApp
class LabelsIT {
    ApiClient api;

    @Test
    void generativeMetadataLabelsTheNoteForGood() {
        User u = api.register("aiart");
        long plain = api.upload(u, TestImages.png(320, 240), "image/png");
        long generated = api.upload(u, TestImages.pngMadeByGenerativeModel(320, 240), "image/png");
        Res note = api.post("/notes", u.token(), Json.createObjectBuilder().add("title", "Dreamy garden").add("body", "#art")
                .add("publish", true).add("aiGenerated", false).add("mediaIds", Json.createArrayBuilder().add(plain).add(generated))
                .build().toString());
        assertEquals(201, note.status(), note.toString());
        long id = note.obj().getJsonNumber("id").longValue();
        assertTrue(note.obj().getBoolean("aiGenerated"));
        assertTrue(note.obj().getBoolean("aiGeneratedByPlatform"));
        Res edited = api.put("/notes/" + id, u.token(), Json.createObjectBuilder().add("title", "Dreamy garden").add("body", "#art")
                .add("aiGenerated", false).add("mediaIds", Json.createArrayBuilder().add(plain)).build().toString());
        assertEquals(200, edited.status(), edited.toString());
        assertTrue(edited.obj().getBoolean("aiGenerated"), "a label the platform applied stays, even without the image");
        JsonObject card = api.get("/users/" + u.handle() + "/notes", null).obj().getJsonArray("items").getJsonObject(0);
        assertTrue(card.getBoolean("aiGenerated"), "and shows on cards");

        long honest = api.publishNote(u, "Plain photo", "#garden");
        assertFalse(api.get("/notes/" + honest, null).obj().getBoolean("aiGenerated"), "no metadata, no label");
    }

    @Test
    void labelWordingFollowsTheReadersRegionAndLanguage() {
        User u = api.register("sponsor");
        long media = api.upload(u, TestImages.png(320, 240), "image/png");
        long id = api.post("/notes", u.token(), Json.createObjectBuilder().add("title", "Serum review").add("body", "#skincare")
                .add("publish", true).add("sponsoredBy", "Glow Lab").add("mediaIds", Json.createArrayBuilder().add(media))
                .build().toString()).obj().getJsonNumber("id").longValue();
        assertEquals("广告", wording(api, id, "114.114.114.114", "zh-CN"), "mainland China");
        assertEquals("Ad", wording(api, id, "114.114.114.114", "en"));
        assertEquals("Ad · Paid partnership", wording(api, id, "2a00:1450:300::1", "en"), "the EU policy's wording");
        assertEquals("Sponsored", wording(api, id, "8.8.8.8", "en"));
    }

    /**
     * Signed-out feeds keep their pages for a second: each reader still gets the wording of their
     * own region and language, even right after a reader from elsewhere (the latest feed's first
     * page was kept per page size alone, so the next reader within the second got the first
     * one's words).
     */
    @Test
    void signedOutFeedsCarryEachReadersWording() {
        User u = api.register("feedsponsor");
        api.publishNote(u, "Tea tasting", "#tea");
        for (String feed : java.util.List.of("/feed/latest?limit=20", "/discovery/feed?limit=20")) {
            Eventually.await(java.time.Duration.ofSeconds(40), () -> firstCardWording(feed, "8.8.8.8", "en"), w -> w != null);
            for (int round = 0; round < 3; round++) {
                assertEquals("广告", firstCardWording(feed, "114.114.114.114", "zh-CN"), feed + ", mainland China, round " + round);
                assertEquals("Sponsored", firstCardWording(feed, "8.8.8.8", "en"), feed + ", right after, round " + round);
                assertEquals("Ad · Paid partnership", firstCardWording(feed, "2a00:1450:300::1", "en"), feed + ", EU, round " + round);
            }
        }
    }

    /** The sponsored label's wording on the first card of a signed-out feed, or null while it has none. */
    private String firstCardWording(String feed, String from, String lang) {
        Res page = api.sendFrom(from, lang, "GET", feed, null, null);
        assertEquals(200, page.status(), page.toString());
        var items = page.obj().getJsonArray("items");
        if (items.isEmpty()) {
            return null;
        }
        JsonObject first = items.getJsonObject(0);
        JsonObject card = first.containsKey("note") ? first.getJsonObject("note") : first;
        return card.getJsonObject("labelWording").getString("sponsored");
    }

    private static String wording(ApiClient api, long noteId, String from, String lang) {
        return api.sendFrom(from, lang, "GET", "/notes/" + noteId, null, null).obj().getJsonObject("labelWording").getString("sponsored");
    }

    @Test
    void minorsStartPrivateAndHeldProfileTextIsHidden() {
        String handle = "teen" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Res teen = api.sendFrom("8.8.8.8", "en", "POST", "/auth/register", null, Json.createObjectBuilder()
                .add("email", handle + "@example.org").add("password", "correct horse 1").add("handle", handle).add("displayName", "Teen")
                .add("birthDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusYears(15).toString()).add("mode", "token").build().toString());
        assertEquals(201, teen.status(), teen.toString());
        assertTrue(teen.obj().getJsonObject("account").getBoolean("privateProfile"), "minors start private");
        User t = new User(teen.obj().getJsonObject("account").getJsonNumber("id").longValue(), handle, teen.obj().getString("token"));
        long noteId = api.publishNote(t, "My first note", "#school");
        assertFalse(api.get("/feed/latest?limit=50", null).raw().body().contains("\"id\":" + noteId + ","), "not in public feeds");
        assertEquals(0, api.get("/users/" + handle + "/notes", null).obj().getJsonArray("items").size(), "strangers see no notes");
        assertFalse(api.get("/users/" + handle, null).obj().getBoolean("notesVisible"));
        assertEquals(1, api.get("/users/" + handle + "/notes", t.token()).obj().getJsonArray("items").size(), "the owner does");
        assertEquals(404, api.get("/notes/" + noteId, null).status(), "not by link either");
        User stranger = api.register("stranger");
        assertEquals(404, api.get("/notes/" + noteId + "/comments", stranger.token()).status(), "nor its comments");
        assertEquals(404, api.post("/notes/" + noteId + "/comments", stranger.token(), "{\"body\":\"hello there\"}").status(),
                "nor may strangers comment on it");
        assertEquals(404, api.put("/notes/" + noteId + "/like", stranger.token(), null).status(), "or like it");
        User friend = api.register("friend");
        assertEquals(200, api.put("/users/" + handle + "/follow", friend.token(), null).status());
        assertEquals(404, api.get("/notes/" + noteId, friend.token()).status(), "a follow of a private profile is only a request");
        assertEquals(204, api.post("/me/follow-requests/" + friend.handle() + "/approve", t.token(), null).status());
        assertEquals(200, api.get("/notes/" + noteId, friend.token()).status(), "approved followers see it");
        assertEquals(201, api.post("/notes/" + noteId + "/comments", friend.token(), "{\"body\":\"nice first note\"}").status(),
                "and may comment");
        assertEquals(200, api.get("/notes/" + noteId + "/comments", friend.token()).status());

        User adult = api.register("bio");
        assertEquals(200, api.send("PATCH", "/me", adult.token(), "{\"bio\":\"fuck the rules\"}").status());
        assertEquals("", api.get("/users/" + adult.handle(), null).obj().getString("bio"), "held from others");
        assertEquals("fuck the rules", api.get("/me", adult.token()).obj().getString("bio"), "the owner still sees it");
        User mod = Moderators.appoint(api, api.adminToken(), "modbio", null);
        assertTrue(Moderators.caseFor(api, mod, "en", "ACCOUNT", adult.id()) != null, "and a moderator reviews it");
    }
}
