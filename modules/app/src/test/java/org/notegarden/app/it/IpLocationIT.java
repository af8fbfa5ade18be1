package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * IP location: notes, comments and profiles show where they were written from (the province
 * inside China, the country elsewhere), named in the reader's language; the address itself
 * never appears; X-Forwarded-For counts only from a trusted proxy (the ITs trust loopback);
 * insights count readers by IP country.
 */
@WholeApp
class IpLocationIT {
    ApiClient api;
    private static final String GUANGZHOU = "202.96.128.86";
    private static final String NANJING = "114.114.114.114";
    private static final String PARIS = "2a00:1450:300::1";


    @Test
    void contentShowsWhereItWasWrittenFromAtTheRegionsGranularity() {
        User author = api.register("iploc");
        long photo = api.upload(author, TestImages.png(320, 240), "image/png");
        Res created = api.sendFrom(GUANGZHOU, "en", "POST", "/notes", author.token(), Json.createObjectBuilder()
                .add("title", "早茶 dim sum").add("body", "#food").add("publish", true)
                .add("mediaIds", Json.createArrayBuilder().add(photo)).build().toString());
        assertEquals(201, created.status(), created.toString());
        long noteId = created.obj().getJsonNumber("id").longValue();

        JsonObject inEnglish = api.sendFrom(null, "en", "GET", "/notes/" + noteId, null, null).obj();
        assertEquals("Guangdong", inEnglish.getString("ipLocation"));
        JsonObject inChinese = api.sendFrom(null, "zh-CN", "GET", "/notes/" + noteId, null, null).obj();
        assertEquals("广东", inChinese.getString("ipLocation"));

        // A comment from Paris: France is shown at country level, as the EU policy says.
        User reader = api.register("iplocr");
        Res comment = api.sendFrom(PARIS, "en", "POST", "/notes/" + noteId + "/comments", reader.token(), "{\"body\":\"Looks great\"}");
        assertEquals(201, comment.status(), comment.toString());
        Res comments = api.sendFrom(null, "zh-CN", "GET", "/notes/" + noteId + "/comments", null, null);
        assertEquals("法国", comments.obj().getJsonArray("items").getJsonObject(0).getString("ipLocation"));

        // The profile shows the latest place the person wrote from.
        Res profile = api.sendFrom(null, "en", "GET", "/users/" + reader.handle(), null, null);
        assertEquals("France", profile.obj().getString("ipLocation"), profile.toString());

        // Editing from Nanjing moves the note's label to Jiangsu.
        Res edited = api.sendFrom(NANJING, "en", "PUT", "/notes/" + noteId, author.token(), Json.createObjectBuilder()
                .add("title", "早茶 dim sum").add("body", "#food #guangzhou").add("mediaIds", Json.createArrayBuilder().add(photo))
                .build().toString());
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Jiangsu", api.sendFrom(null, "en", "GET", "/notes/" + noteId, null, null).obj().getString("ipLocation"));

        // Nothing anywhere carries the address.
        for (Res r : new Res[] {created, comment, comments, profile, edited,
                api.get("/notes/" + noteId, null), api.get("/users/" + author.handle(), null)}) {
            assertFalse(r.raw().body().contains("202.96") || r.raw().body().contains("114.114")
                    || r.raw().body().contains("2a00:1450"), r.toString());
        }
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeerAndUnknownPlacesShowNothing() {
        User author = api.register("iplocu");
        // A private address is in no country: no label rather than a wrong one.
        Res created = api.sendFrom("10.1.2.3", "en", "POST", "/notes", author.token(), Json.createObjectBuilder()
                .add("title", "Somewhere").add("body", "#home").add("publish", true)
                .add("mediaIds", Json.createArrayBuilder().add(api.upload(author, TestImages.png(320, 240), "image/png")))
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject note = api.get("/notes/" + created.obj().getJsonNumber("id").longValue(), null).obj();
        assertFalse(note.containsKey("ipLocation") && !note.isNull("ipLocation"), note.toString());
    }

    @Test
    void insightsCountReadersByIpCountry() throws Exception {
        User creator = api.register("iplocc");
        long noteId = api.publishNote(creator, "Read me", "#travel");
        api.sendFrom(NANJING, "zh-CN", "GET", "/notes/" + noteId, null, null);
        api.sendFrom(GUANGZHOU, "en", "GET", "/notes/" + noteId, null, null);
        api.sendFrom(PARIS, "en", "GET", "/notes/" + noteId, null, null);
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String byRegion = Eventually.await(java.time.Duration.ofSeconds(20),
                () -> readsByRegion(api.get("/insights/creator?from=" + today + "&to=" + today, creator.token()).obj()),
                seen -> seen.equals("CN=2,FR=1"));
        assertEquals("CN=2,FR=1", byRegion);
    }

    private static String readsByRegion(JsonObject dashboard) {
        StringBuilder out = new StringBuilder();
        for (JsonObject share : dashboard.getJsonArray("byRegion").getValuesAs(JsonObject.class)) {
            out.append(out.length() == 0 ? "" : ",").append(share.getString("key")).append('=')
                    .append(share.getJsonNumber("reads").longValue());
        }
        return out.toString();
    }
}
