package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Content performance through the REST API: concurrent impressions and reads are counted
 * exactly, engagement, follows and a sale attributed to the note show in the creator's figures,
 * the brand sees the note that features its product, and nobody else sees either.
 */
@WholeApp
class InsightsIT {
    ApiClient api;

    @Test
    void creatorAndBrandFiguresMatchWhatHappened() throws Exception {
        String admin = api.adminToken();
        User merchant = api.register("brand");
        long shopId = api.approvedShop(admin, merchant, "Insight Tea", "EUR");
        JsonObject product = api.post("/products", merchant.token(), "{\"titleEn\":\"Oolong\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":5000,\"stock\":10}]}").obj();
        long productId = product.getJsonNumber("id").longValue();
        long skuId = ApiClient.id(product.getJsonArray("skus").getJsonObject(0).get("id"));

        User creator = api.register("creator");
        long photo = api.upload(creator, TestImages.png(320, 240), "image/png");
        long noteA = api.post("/notes", creator.token(), Json.createObjectBuilder().add("title", "Oolong morning 乌龙").add("body", "#tea")
                .add("publish", true).add("mediaIds", Json.createArrayBuilder().add(photo))
                .add("productIds", Json.createArrayBuilder().add(productId)).build().toString()).obj().getJsonNumber("id").longValue();
        api.publishNote(creator, "Second note", "#tea");
        api.get("/notes/" + noteA, creator.token()); // the author's own read does not count

        // 20 readers at once, and 50 clients reporting 10 impressions each at once.
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> api.get("/notes/" + noteA, null).status()));
        }
        String tenImpressions = "{\"events\":[" + String.join(",", java.util.Collections.nCopies(10,
                "{\"kind\":\"IMPRESSION\",\"noteId\":" + noteA + "}")) + "]}";
        for (int i = 0; i < 50; i++) {
            // 50 different readers (client addresses); each reports its impression ten times, which counts once.
            String reader = "100.90.1." + (i + 1);
            calls.add(pool.submit(() -> api.execute(HttpRequest.newBuilder(URI.create(api.base() + "/insights/events"))
                    .header("Content-Type", "application/json").header("Accept-Language", "zh-CN").header("X-Forwarded-For", reader)
                    .POST(HttpRequest.BodyPublishers.ofString(tenImpressions)).build()).status()));
        }
        for (Future<Integer> c : calls) {
            int status = c.get();
            assertTrue(status == 200 || status == 202, "status " + status);
        }
        pool.shutdown();

        // Engagement, a follow, a share and a product click, then a purchase from the note.
        User fan = api.register("fan");
        api.put("/notes/" + noteA + "/like", fan.token(), null);
        api.put("/notes/" + noteA + "/collect", fan.token(), "{}");
        api.post("/notes/" + noteA + "/comments", fan.token(), "{\"body\":\"Where to buy?\"}");
        api.put("/users/" + creator.handle() + "/follow", fan.token(), null);
        // The fan reports 50 shares and 50 product clicks at once: one of each counts.
        String inflated = "{\"events\":[" + String.join(",", java.util.Collections.nCopies(50,
                "{\"kind\":\"SHARE\",\"noteId\":" + noteA + "},{\"kind\":\"PRODUCT_CLICK\",\"noteId\":" + noteA + "}")) + "]}";
        Res once = api.sendFrom("100.90.2.1", null, "POST", "/insights/events", fan.token(), inflated);
        assertEquals(202, once.status(), once.toString());
        assertEquals(2, once.obj().getInt("accepted"), "one share and one click per reader, note and hour");
        Res again = api.sendFrom("100.90.2.2", null, "POST", "/insights/events", fan.token(), inflated);
        assertEquals(0, again.obj().getInt("accepted"), "the same reader from another address counts no more: " + again);
        // The limit is per minute: should a minute end between two calls, the next call crosses it again.
        Res tooMany = api.sendFrom("100.90.2.1", null, "POST", "/insights/events", null, inflated);
        for (int i = 0; i < 2 && tooMany.status() != 429; i++) {
            tooMany = api.sendFrom("100.90.2.1", null, "POST", "/insights/events", null, inflated);
        }
        assertEquals(429, tooMany.status(), "one address reports at most 120 events a minute: " + tooMany);
        assertTrue(tooMany.header("Retry-After") != null);
        api.put("/cart/items/" + skuId, fan.token(), "{\"quantity\":2,\"noteId\":" + noteA + "}");
        Res paid = api.post("/checkout", fan.token(), "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"paymentMethod\":\"sandbox-card\","
                + "\"paymentToken\":\"4242424242424242\",\"cartShopId\":" + shopId + ",\"shipTo\":{\"name\":\"Fan\",\"phone\":\"1\","
                + "\"line\":\"1 Road\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"}}");
        assertEquals(201, paid.status(), paid.toString());

        // Clients may report only what they can observe, in bounded batches.
        Res forged = api.post("/insights/events", null, "{\"events\":[{\"kind\":\"READ\",\"noteId\":" + noteA + "}]}");
        assertEquals(422, forged.status());
        assertEquals("events[0].kind", forged.problemField());
        assertEquals(422, api.post("/insights/events", null, "{\"events\":[" + String.join(",", java.util.Collections.nCopies(101,
                "{\"kind\":\"SHARE\",\"noteId\":1}")) + "]}").status());

        // Written in batches every two seconds: wait for the last event to land, then check every figure.
        JsonObject totals = Eventually.await(Duration.ofSeconds(20),
                () -> api.get("/insights/creator", creator.token()).obj().getJsonObject("totals"),
                t -> t.getInt("orders") == 1 && t.getInt("reads") == 20 && t.getInt("impressions") == 50);
        assertEquals(20, totals.getInt("reads"), totals.toString());
        assertEquals(50, totals.getInt("impressions"), "fifty readers, each counted once however often its client reported");
        assertEquals(1, totals.getInt("likes"));
        assertEquals(1, totals.getInt("collects"));
        assertEquals(1, totals.getInt("comments"));
        assertEquals(1, totals.getInt("shares"));
        assertEquals(1, totals.getInt("productClicks"));
        assertEquals(1, totals.getInt("orders"), "one order from the note");
        assertEquals(10000, totals.getJsonObject("revenueMinor").getInt("EUR"), "2 × 50.00 at the order's unit price");
        assertEquals(1, totals.getInt("followersGained"));
        assertEquals(0.2, totals.getJsonNumber("engagementRate").doubleValue(), 1e-9, "4 engagements over 20 reads");
        assertEquals(0.05, totals.getJsonNumber("clickThroughRate").doubleValue(), 1e-9);

        JsonObject dashboard = api.get("/insights/creator?days=7", creator.token()).obj();
        assertEquals(7, dashboard.getJsonArray("series").size());
        JsonObject top = dashboard.getJsonArray("notes").getJsonObject(0);
        assertEquals(noteA, top.getJsonNumber("noteId").longValue(), "the most-read note first");
        assertEquals(1.0, top.getJsonNumber("conversionRate").doubleValue(), 1e-9, "one order from one product click");
        assertEquals(2, dashboard.getJsonArray("notes").size());
        JsonObject tea = dashboard.getJsonArray("byTopic").getJsonObject(0);
        assertEquals("tea", tea.getString("topic"));
        assertEquals(2, tea.getInt("notes"), "both notes carry #tea");
        assertEquals(20, tea.getInt("reads"));

        // One note, day by day: its author only.
        JsonObject one = api.get("/insights/notes/" + noteA + "?days=30", creator.token()).obj();
        assertEquals(20, one.getJsonObject("totals").getInt("reads"));
        assertEquals(30, one.getJsonArray("series").size());
        assertEquals(404, api.get("/insights/notes/" + noteA, merchant.token()).status());

        // The brand sees the note featuring its product; others may not ask.
        JsonObject brand = api.get("/insights/brand", merchant.token()).obj();
        assertEquals(1, brand.getJsonArray("notes").size());
        assertEquals(20, brand.getJsonArray("notes").getJsonObject(0).getInt("reads"));
        assertEquals(403, api.get("/insights/brand", creator.token()).status());
        assertEquals(401, api.get("/insights/creator", null).status());
        assertEquals(422, api.get("/insights/creator?days=0", creator.token()).status());
        Res badZone = api.get("/insights/creator?tz=Mars/Olympus_Mons", creator.token());
        assertEquals(422, badZone.status());
        assertEquals("tz", badZone.problemField());
        assertEquals(200, api.get("/insights/creator?tz=Asia/Shanghai", creator.token()).status());

        Res csv = api.get("/insights/creator.csv?days=7", creator.token());
        assertEquals(200, csv.status());
        String text = csv.raw().body();
        assertTrue(text.startsWith("\uFEFFnote_id,title,"), text);
        assertTrue(text.contains(noteA + ",\"Oolong morning 乌龙\""), text);
    }

    @Test
    void eventsAboutNotesTheReaderMayNotSeeAreNotCounted() {
        User hidden = api.register("hidden");
        long note = api.publishNote(hidden, "Only for followers", "quiet");
        assertEquals(200, api.send("PATCH", "/me", hidden.token(), "{\"privateProfile\":true}").status());
        Res r = api.sendFrom("100.90.3.1", null, "POST", "/insights/events", null,
                "{\"events\":[{\"kind\":\"SHARE\",\"noteId\":" + note + "},{\"kind\":\"PRODUCT_CLICK\",\"noteId\":" + note + "}]}");
        assertEquals(202, r.status(), r.toString());
        assertEquals(0, r.obj().getInt("accepted"), "a private profile's note is not a stranger's to share");
    }

    @Test
    void nothingIsComparedBeforeAnyoneHasRead() {
        User fresh = api.register("fresh");
        api.publishNote(fresh, "Balcony herbs one", "#balcony");
        api.publishNote(fresh, "Balcony herbs two", "#balcony");
        JsonObject d = api.get("/insights/creator?tz=Asia/Shanghai", fresh.token()).obj();
        assertEquals(0, d.getJsonNumber("accountMedianReads").longValue());
        assertEquals(0, d.getJsonArray("best").size(), "no \"▲ 0 %\" against a median of nothing: " + d.getJsonArray("best"));
        assertEquals(20, d.getInt("minReadsForRates"), "the dashboards say \"not enough data yet\" below this");
    }

    /**
     * On PostgreSQL the flush adds a note's statistics without a foreign key, which made it read and
     * lock every note it counted for key share (half the database's CPU when every reader asks for a
     * different note): the flush still counts only notes that exist, and the database refuses to
     * delete a note.
     */
    @Test
    void onPostgreSqlTheFlushLocksNoNoteAndNotesAreNeverDeleted() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "the key is dropped and the refusal is a trigger on PostgreSQL");
        User author = api.register("keyless");
        long note = api.publishNote(author, "Counted without a key", "#tea");
        java.util.Map<String, Long> before = PgStatements.calls();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get("/notes/" + note, null).status());
        }
        Eventually.await(Duration.ofSeconds(20), () -> api.get("/insights/creator", author.token()).obj().getJsonObject("totals"),
                t -> t.getInt("reads") == 3);
        java.util.Map<String, Long> after = PgStatements.calls();
        assertEquals(0, PgStatements.callsSince(before, after, "(?s).*\"cm_note\" x WHERE .*FOR KEY SHARE.*"),
                "the flush locks no note for key share");
        try (var db = TestDatabase.open(); var sql = db.createStatement()) {
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> sql.executeUpdate("DELETE FROM cm_note WHERE id = " + note));
            assertTrue(refused.getMessage().contains("never deleted"), refused.getMessage());
        }
        assertEquals(200, api.get("/notes/" + note, null).status(), "still there");
    }
}
