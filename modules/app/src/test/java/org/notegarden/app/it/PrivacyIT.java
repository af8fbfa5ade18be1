package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Privacy rights: consent as an append-only record (and Global Privacy Control), a ZIP export
 * of everything (notes, comments, orders, consents, media), erasure that keeps orders under a
 * legal hold, and requests tracked against each regime's deadline by compliance staff.
 */
@WholeApp
class PrivacyIT {
    ApiClient api;
    private static final String PARIS = "2a00:1450:300::1";
    private static final String NEW_YORK = "8.8.8.8";


    private static User signUp(ApiClient api, String from, String prefix) {
        String handle = (prefix + UUID.randomUUID().toString().replace("-", "")).substring(0, 18);
        Res r = api.sendFrom(from, "en", "POST", "/auth/register", null, Json.createObjectBuilder().add("email", handle + "@example.org")
                .add("password", "correct horse 1").add("handle", handle).add("displayName", prefix).add("birthDate", "1990-05-17")
                .add("mode", "token").build().toString());
        assertEquals(201, r.status(), r.toString());
        return new User(r.obj().getJsonObject("account").getJsonNumber("id").longValue(), handle, r.obj().getString("token"));
    }

    @Test
    void consentIsRecordedNeverRewrittenAndGpcIsHonoured() {
        User eu = signUp(api, PARIS, "eu");
        User us = signUp(api, NEW_YORK, "us");
        assertFalse(api.get("/privacy/consents", eu.token()).obj().getJsonObject("current").getBoolean("PERSONALISATION"),
                "the EU policy starts with the personalised feed off");
        assertTrue(api.get("/privacy/consents", us.token()).obj().getJsonObject("current").getBoolean("PERSONALISATION"));
        assertFalse(api.get("/privacy/consents", us.token()).obj().getJsonObject("current").getBoolean("MARKETING"), "opt-in only");

        assertEquals(200, api.put("/privacy/consents", us.token(), "{\"purpose\":\"MARKETING\",\"granted\":true}").status());
        assertEquals(422, api.put("/privacy/consents", us.token(), "{\"purpose\":\"SELLING\",\"granted\":true}").status());
        HttpRequest gpc = HttpRequest.newBuilder(URI.create(api.base() + "/notes/drafts")).header("Authorization", "Bearer " + us.token())
                .header("Sec-GPC", "1").GET().build();
        api.execute(gpc);
        JsonObject after = api.get("/privacy/consents", us.token()).obj();
        assertFalse(after.getJsonObject("current").getBoolean("MARKETING"), "Sec-GPC withdrew marketing");
        JsonArray history = after.getJsonArray("history");
        assertEquals("GPC_SIGNAL", history.getJsonObject(0).getString("source"));
        assertEquals(5, history.size(), "three defaults, the opt-in and the signal: nothing overwritten");
        assertNotNull(history.getJsonObject(0).getString("noticeVersion"));
    }

    @Test
    void exportHasEverythingAndErasureKeepsOrdersUnderHold() throws Exception {
        String admin = api.adminToken();
        User seller = api.register("shopkeeper");
        long shopId = api.approvedShop(admin, seller, "Privacy Tea", "EUR");
        JsonObject product = api.post("/products", seller.token(), "{\"titleEn\":\"Oolong\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":5000,\"stock\":10}]}").obj();
        long skuId = ApiClient.id(product.getJsonArray("skus").getJsonObject(0).get("id"));

        User me = signUp(api, PARIS, "me");
        long noteId = api.publishNote(me, "My morning tea", "Oolong and a book #tea");
        assertEquals(201, api.post("/notes/" + noteId + "/comments", me.token(), "{\"body\":\"Second cup now\"}").status());
        Res order = api.post("/checkout", me.token(), "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"paymentMethod\":\"sandbox-card\","
                + "\"paymentToken\":\"4242424242424242\",\"shipTo\":{\"name\":\"Mia Meyer\",\"phone\":\"+49 30 1\",\"line\":\"Hauptstr. 1\","
                + "\"city\":\"Berlin\",\"postalCode\":\"10117\",\"country\":\"DE\"},\"items\":[{\"skuId\":" + skuId + ",\"quantity\":1}]}");
        assertEquals(201, order.status(), order.toString());
        long orderId = order.obj().getJsonNumber("id").longValue();

        Res requested = api.post("/privacy/requests", me.token(), "{\"kind\":\"EXPORT\"}");
        assertEquals(201, requested.status(), requested.toString());
        long requestId = requested.obj().getJsonNumber("id").longValue();
        assertEquals("GDPR", requested.obj().getString("regime"));
        JsonObject done = Eventually.await(Duration.ofSeconds(30), () -> api.get("/privacy/requests/" + requestId, me.token()).obj(),
                r -> r.getString("status").equals("COMPLETED"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(404, api.get("/privacy/requests/" + requestId, api.register("other").token()).status());

        HttpResponse<byte[]> zip = Http11.client().send(
                HttpRequest.newBuilder(URI.create(api.base() + "/privacy/requests/" + requestId + "/download"))
                        .header("Authorization", "Bearer " + me.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        Map<String, String> files = new HashMap<>();
        int mediaFiles = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().contains("/media/")) {
                    mediaFiles++;
                } else {
                    files.put(e.getName().replace("notegarden-export/", ""), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(files.get("community/notes.json").contains("My morning tea"), files.keySet().toString());
        assertTrue(files.get("community/comments.json").contains("Second cup now"));
        assertTrue(files.get("commerce/orders.json").contains("Mia Meyer"));
        JsonArray consents = Json.createReader(new StringReader(files.get("compliance/consents.json"))).readArray();
        assertEquals(3, consents.size());
        assertTrue(files.get("community/account.json").contains(me.handle()));
        assertFalse(files.get("community/account.json").contains("pbkdf2") || files.toString().toLowerCase().contains("password_hash"));
        assertEquals(1, mediaFiles, "the uploaded photo");

        // Erasure: wrong password first, then for real.
        assertEquals("password", api.post("/privacy/erasure", me.token(), "{\"password\":\"not mine\"}").problemField());
        Res erased = api.post("/privacy/erasure", me.token(), "{\"password\":\"correct horse 1\"}");
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(401, api.post("/auth/login", null, "{\"login\":\"" + me.handle() + "\",\"password\":\"correct horse 1\"}").status());
        assertEquals(404, api.get("/users/" + me.handle(), null).status());
        assertEquals(404, api.get("/notes/" + noteId, null).status());
        assertEquals(401, api.get("/privacy/consents", me.token()).status(), "sessions were revoked");

        // The order is still there for the merchant, held by law until the retention date.
        Res sellerOrders = api.get("/shops/mine/orders", seller.token());
        assertTrue(sellerOrders.raw().body().contains("\"id\":" + orderId), sellerOrders.toString());
        try (Connection db = TestDatabase.open();
             ResultSet r = db.createStatement().executeQuery("SELECT legal_hold_until FROM co_order WHERE id = " + orderId)) {
            assertTrue(r.next());
            Instant hold = r.getTimestamp(1).toInstant();
            assertTrue(hold.isAfter(Instant.now().plus(Duration.ofDays(365 * 9))), "held for the retention period: " + hold);
        }
        JsonObject staffView = api.get("/admin/privacy-requests?all=true", admin).json().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(x -> x.getJsonNumber("accountId").longValue() == me.id() && x.getString("kind").equals("DELETE")).findFirst().orElseThrow();
        assertEquals("COMPLETED", staffView.getString("status"));
    }

    /**
     * What an erased person had marked on other people's notes and comments goes with them, and
     * so do the counts it made: a note must not go on saying "3 likes" for two likers.
     */
    @Test
    void erasureTakesThePersonsMarksOffOtherPeoplesCounts() {
        User author = api.register("counted");
        long noteId = api.publishNote(author, "Counted tea", "Three people like it #tea");
        long authorsComment = api.post("/notes/" + noteId + "/comments", author.token(), "{\"body\":\"Thanks for reading\"}")
                .obj().getJsonNumber("id").longValue();
        User stays = api.register("stays");
        User leaves = signUp(api, PARIS, "leaves");
        // Texts of their own, fixed: the same words from two accounts would be held as near-duplicates.
        Map<User, String> says = new java.util.LinkedHashMap<>();
        says.put(stays, "Lovely colour");
        says.put(leaves, "Which shop is the cup from?");
        for (Map.Entry<User, String> e : says.entrySet()) {
            User u = e.getKey();
            assertEquals(200, api.put("/notes/" + noteId + "/like", u.token(), null).status());
            assertEquals(200, api.put("/notes/" + noteId + "/collect", u.token(), "{}").status());
            assertEquals(200, api.put("/comments/" + authorsComment + "/like", u.token(), null).status());
            assertEquals(201, api.post("/notes/" + noteId + "/comments", u.token(), "{\"body\":\"" + e.getValue() + "\"}").status());
        }
        assertEquals(201, api.post("/notes/" + noteId + "/comments", leaves.token(),
                "{\"body\":\"Is the recipe online?\",\"replyTo\":" + authorsComment + "}").status());
        JsonObject before = api.get("/notes/" + noteId, null).obj();
        assertEquals(java.util.List.of(2, 2, 4), java.util.List.of(before.getInt("likeCount"), before.getInt("collectCount"),
                before.getInt("commentCount")), before.toString());
        assertEquals(1, api.get("/notes/" + noteId + "/comments", null).obj().getJsonArray("items").getJsonObject(0).getInt("replyCount"));

        assertEquals(200, api.post("/privacy/erasure", leaves.token(), "{\"password\":\"correct horse 1\"}").status());

        JsonObject after = api.get("/notes/" + noteId, null).obj();
        assertEquals(1, after.getInt("likeCount"), "likes left: " + after);
        assertEquals(1, after.getInt("collectCount"), "collects left: " + after);
        assertEquals(2, after.getInt("commentCount"), "comments left: " + after);
        JsonArray comments = api.get("/notes/" + noteId + "/comments", null).obj().getJsonArray("items");
        assertEquals(2, comments.size(), comments.toString());
        JsonObject first = comments.getJsonObject(0);
        assertEquals(authorsComment, first.getJsonNumber("id").longValue());
        assertEquals(1, first.getInt("likeCount"), "the comment's likes left: " + first);
        assertEquals(0, first.getInt("replyCount"), "the comment's replies left: " + first);
    }

    /**
     * Erasure and the data export find a person's rows by who owns, wrote or caused them, and
     * deleting a person's pictures makes PostgreSQL check that no note still shows each one. At a
     * million notes every such look-up without an index reads the whole table — for the pictures
     * once per picture, 17 s for 150 pictures beside 3,000,000 note pictures (community README) —
     * inside the erasing request's transaction. Each must be answerable from an index: with
     * sequential scans discouraged, the plan must look the person up in one.
     */
    @Test
    void onPostgreSqlAPersonsRowsAreFoundByIndex() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "plans are PostgreSQL's");
        PgPlans.assertLooksUpByIndex("SELECT 1 FROM cm_note_media WHERE media_id = 7", "media_id"); // a deleted picture's foreign-key check
        PgPlans.assertLooksUpByIndex("SELECT id FROM cm_media WHERE owner_id = 7 ORDER BY id", "owner_id");
        PgPlans.assertLooksUpByIndex("SELECT id FROM cm_comment WHERE author_id = 7 ORDER BY id", "author_id");
        PgPlans.assertLooksUpByIndex("SELECT id FROM cm_notification WHERE actor_id = 7", "actor_id");
        PgPlans.assertLooksUpByIndex("SELECT comment_id FROM cm_comment_like WHERE account_id = 7", "account_id");
        PgPlans.assertLooksUpByIndex("SELECT note_id FROM cm_note_mention WHERE account_id = 7", "account_id");
    }

    @Test
    void requestsAreTrackedAgainstEachRegimesDeadline() {
        String admin = api.adminToken();
        User eu = signUp(api, PARIS, "gdpr");
        User us = signUp(api, NEW_YORK, "ccpa");
        JsonObject a = api.post("/privacy/requests", eu.token(), "{\"kind\":\"CORRECT\",\"details\":\"My display name is misspelled\"}").obj();
        JsonObject b = api.post("/privacy/requests", us.token(), "{\"kind\":\"CORRECT\",\"details\":\"Please fix my birth date\"}").obj();
        assertEquals(30, days(a), "GDPR: one month");
        assertEquals(45, days(b), "CCPA: 45 days");
        assertEquals("kind", api.post("/privacy/requests", eu.token(), "{\"kind\":\"DELETE\"}").problemField());
        assertEquals("COMPLETED", api.post("/privacy/requests", us.token(), "{\"kind\":\"OPT_OUT\"}").obj().getString("status"));
        assertFalse(api.get("/privacy/consents", us.token()).obj().getJsonObject("current").getBoolean("PERSONALISATION"));

        assertEquals(403, api.get("/admin/privacy-requests", eu.token()).status());
        JsonArray open = api.get("/admin/privacy-requests", admin).json().asJsonArray();
        long id = a.getJsonNumber("id").longValue();
        JsonObject row = open.stream().map(v -> v.asJsonObject()).filter(x -> x.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("GDPR", row.getString("regime"));
        assertFalse(row.getBoolean("overdue"));
        assertEquals(200, api.post("/admin/privacy-requests/" + id + "/status", admin, "{\"status\":\"COMPLETED\"}").status());
        assertEquals("privacy.request.completed", api.get("/admin/audit?limit=1", admin).obj().getJsonArray("entries").getJsonObject(0)
                .getString("action"));
    }

    private static long days(JsonObject r) {
        return Duration.between(Instant.parse(r.getString("createdAt")), Instant.parse(r.getString("dueAt"))).toDays();
    }
}
