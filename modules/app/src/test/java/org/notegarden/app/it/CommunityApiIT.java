package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/** The community REST API end to end, on the real WAR in Payara Micro. */
@WholeApp
class CommunityApiIT {
    ApiClient api;

    @Test
    void aNoteTravelsFromAuthorToReaderAndBack() {
        User ann = api.register("ann");
        User bob = api.register("bob");
        long img1 = api.upload(ann, TestImages.png(1600, 1200), "image/png");
        long img2 = api.upload(ann, TestImages.jpeg(900, 1200), "image/jpeg");
        Res created = api.post("/notes", ann.token(), Json.createObjectBuilder()
                .add("title", "上海的咖啡店 Coffee walk").add("body", "Flat white at #咖啡 heaven, ask @" + bob.handle() + " #CoffeeTime")
                .add("mediaIds", Json.createArrayBuilder().add(img1).add(img2)).add("locationName", "Shanghai")
                .add("publish", true).build().toString());
        assertEquals(201, created.status(), created.toString());
        long noteId = created.obj().getJsonNumber("id").longValue();
        assertEquals(Set.of("coffeetime", "咖啡"), strings(created.obj(), "topics"));
        assertEquals(2, created.obj().getJsonArray("media").size());
        assertEquals(img1, created.obj().getJsonArray("media").getJsonObject(0).getJsonNumber("id").longValue(), "order kept");

        // Bob finds it in the latest feed and on the topic page.
        assertTrue(ids(api.get("/feed/latest?limit=50", bob.token())).contains(noteId));
        assertTrue(ids(api.get("/topics/%E5%92%96%E5%95%A1/notes", null)).contains(noteId));

        Res liked = api.put("/notes/" + noteId + "/like", bob.token(), null);
        assertEquals(200, liked.status());
        assertEquals(1, liked.obj().getInt("likeCount"));
        assertEquals(1, api.put("/notes/" + noteId + "/like", bob.token(), null).obj().getInt("likeCount"), "idempotent");

        Res board = api.post("/boards", bob.token(), "{\"name\":\"Cafés 咖啡\",\"isPrivate\":true}");
        assertEquals(201, board.status(), board.toString());
        long boardId = board.obj().getJsonNumber("id").longValue();
        Res collected = api.put("/notes/" + noteId + "/collect", bob.token(), "{\"boardId\":" + boardId + "}");
        assertEquals(1, collected.obj().getInt("collectCount"));
        assertTrue(ids(api.get("/boards/" + boardId + "/notes", bob.token())).contains(noteId));

        Res comment = api.post("/notes/" + noteId + "/comments", bob.token(), "{\"body\":\"Looks amazing 好喝吗？\"}");
        assertEquals(201, comment.status(), comment.toString());
        long commentId = comment.obj().getJsonNumber("id").longValue();
        Res reply = api.post("/notes/" + noteId + "/comments", ann.token(), "{\"body\":\"超好喝!\",\"replyTo\":" + commentId + "}");
        assertEquals(201, reply.status());
        assertEquals(commentId, reply.obj().getJsonNumber("parentId").longValue());
        assertEquals(1, api.get("/comments/" + commentId + "/replies", null).obj().getJsonArray("items").size());

        JsonObject detail = api.get("/notes/" + noteId, bob.token()).obj();
        assertTrue(detail.getBoolean("likedByMe"));
        assertTrue(detail.getBoolean("collectedByMe"));
        assertEquals(2, detail.getInt("commentCount"));

        Set<String> annKinds = kinds(api.get("/notifications", ann.token()));
        assertEquals(Set.of("LIKE_NOTE", "COLLECT", "COMMENT"), annKinds);
        assertEquals(Set.of("MENTION", "REPLY"), kinds(api.get("/notifications", bob.token())));
        assertEquals(3, api.get("/notifications/unread-count", ann.token()).obj().getInt("unread"));
        assertEquals(0, api.post("/notifications/read", ann.token(), "{}").obj().getInt("unread"));

        // Following: Bob follows Ann and sees her note in his following feed.
        assertEquals(200, api.put("/users/" + ann.handle() + "/follow", bob.token(), null).status());
        assertTrue(ids(api.get("/feed/following", bob.token())).contains(noteId));
        assertEquals(bob.handle(), api.get("/users/" + ann.handle() + "/followers", null).obj().getJsonArray("items")
                .getJsonObject(0).getString("handle"));
        assertTrue(kinds(api.get("/notifications", ann.token())).contains("FOLLOW"));
        JsonObject profile = api.get("/users/" + ann.handle().toUpperCase(), bob.token()).obj();
        assertTrue(profile.getBoolean("followedByMe"));
        assertEquals(2, profile.getJsonNumber("likesAndCollects").longValue());

        // Unlike and uncollect bring the counts back.
        assertEquals(0, api.delete("/notes/" + noteId + "/like", bob.token()).obj().getInt("likeCount"));
        assertEquals(0, api.delete("/notes/" + noteId + "/collect", bob.token()).obj().getInt("collectCount"));
    }

    @Test
    void feedPagesWithCursorsWithoutGapsOrRepeats() {
        User u = api.register("pager");
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(api.publishNote(u, "Page " + i, "#paging" + u.handle().substring(5, 10)));
        }
        String topic = "paging" + u.handle().substring(5, 10);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Res page = api.get("/topics/" + topic + "/notes?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), null);
            seen.addAll(ids(page));
            cursor = page.obj().isNull("nextCursor") ? null : page.obj().getString("nextCursor");
            assertTrue(page.obj().containsKey("nextCursor"), "the last page says so explicitly");
        } while (cursor != null);
        java.util.Collections.reverse(mine);
        assertEquals(mine, seen);
    }

    @Test
    void mediaIsReencodedCachedAndServedInRanges() throws Exception {
        User u = api.register("media");
        byte[] withExif = TestImages.withGpsExif(TestImages.jpeg(2000, 1500));
        Res up = api.send("POST", "/media", u.token(), HttpRequest.BodyPublishers.ofByteArray(withExif), "application/octet-stream");
        assertEquals(201, up.status(), up.toString());
        assertEquals(2000, up.obj().getInt("width"));
        String detailUrl = up.obj().getString("url");
        Res file = api.execute(HttpRequest.newBuilder(java.net.URI.create(api.base().replace("/api/v1", "") + detailUrl)).build());
        assertEquals(200, file.status());
        assertEquals("image/jpeg", file.header("Content-Type"));
        assertTrue(file.header("Cache-Control").contains("immutable"));
        assertFalse(file.raw().body().contains("Exif"), "EXIF must be stripped");
        assertFalse(file.raw().body().contains("GPS-SECRET"), "GPS must be stripped");
        // The average colour for the card to paint meanwhile at once; WebP copies at the widths
        // srcset names shortly after, made in the background (the upload does not wait for FFmpeg).
        assertTrue(up.obj().getString("color").matches("#[0-9a-f]{6}"), up.toString());
        long mediaId = up.obj().getJsonNumber("id").longValue();
        jakarta.json.JsonObject withWebp = Eventually.await(java.time.Duration.ofSeconds(30),
                () -> api.get("/media/" + mediaId, u.token()).obj(), m -> m.containsKey("gridSrcset"));
        String p = detailUrl.replace("-detail.jpg", "");
        assertEquals(p + "-grid270.webp 270w, " + p + "-grid.webp 540w", withWebp.getString("gridSrcset"));
        assertEquals(p + "-detail828.webp 828w, " + p + "-detail.webp 1242w", withWebp.getString("srcset"));
        byte[] webpCopy = api.bytes(p + "-grid.webp");
        assertEquals("RIFF", new String(webpCopy, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("WEBP", new String(webpCopy, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(-1, org.notegarden.app.it.video.SampleVideos.indexOf(webpCopy, "GPS-SECRET".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals("image/webp", api.execute(HttpRequest.newBuilder(java.net.URI.create(api.base().replace("/api/v1", "") + p
                + "-grid270.webp")).build()).header("Content-Type"));
        String etag = file.header("ETag");
        Res notModified = api.execute(HttpRequest.newBuilder(java.net.URI.create(api.base().replace("/api/v1", "") + detailUrl))
                .header("If-None-Match", etag).build());
        assertEquals(304, notModified.status());

        byte[] webp = java.util.HexFormat.of().parseHex("524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");
        Res webpUp = api.send("POST", "/media", u.token(), HttpRequest.BodyPublishers.ofByteArray(webp), "image/webp");
        assertEquals(201, webpUp.status(), "WebP is read inside the WAR too: " + webpUp);
        Res gif = api.send("POST", "/media", u.token(), HttpRequest.BodyPublishers.ofByteArray(TestImages.gif(40, 30)), "image/gif");
        assertEquals(201, gif.status(), gif.toString());

        // Bytes that only start like an MP4 are no video; a real clip is processed and served in ranges.
        byte[] mp4 = TestImages.fakeMp4(50_000);
        assertProblem(api.send("POST", "/media", u.token(), HttpRequest.BodyPublishers.ofByteArray(mp4), "video/mp4"), 415, "file");
        JsonObject video = org.notegarden.app.it.video.SampleVideos.ready(api, u);
        assertEquals("VIDEO", video.getString("kind"));
        long total = video.getJsonNumber("bytes").longValue();
        Res range = api.execute(HttpRequest.newBuilder(java.net.URI.create(api.base().replace("/api/v1", "") + video.getString("url")))
                .header("Range", "bytes=100-199").build());
        assertEquals(206, range.status());
        assertEquals("bytes 100-199/" + total, range.header("Content-Range"));
        assertEquals("100", range.header("Content-Length"));
        Res beyond = api.execute(HttpRequest.newBuilder(java.net.URI.create(api.base().replace("/api/v1", "") + video.getString("url")))
                .header("Range", "bytes=" + (total + 10) + "-").build());
        assertEquals(416, beyond.status());

        Res text = api.send("POST", "/media", u.token(), HttpRequest.BodyPublishers.ofString("#!/bin/sh\nrm -rf /"), "image/png");
        assertProblem(text, 415, "file");
        Res empty = api.send("POST", "/media", u.token(), HttpRequest.BodyPublishers.ofByteArray(new byte[0]), "image/png");
        assertProblem(empty, 422, "file");
        Res truncated = api.send("POST", "/media", u.token(),
                HttpRequest.BodyPublishers.ofByteArray(java.util.Arrays.copyOf(TestImages.png(100, 100), 40)), "image/png");
        assertProblem(truncated, 422, "file");
        assertEquals(401, api.send("POST", "/media", null, HttpRequest.BodyPublishers.ofByteArray(mp4), "video/mp4").status());
    }

    @Test
    void badInputGetsClearProblemsAndWritesNothing() {
        User u = api.register("bad");
        long drafts = api.get("/notes/drafts", u.token()).obj().getJsonArray("items").size();

        assertProblem(api.post("/notes", u.token(), "{\"title\": \"unterminated"), 400, "body");
        assertProblem(api.post("/notes", u.token(), "[1,2,3]"), 400, "body");
        assertProblem(api.post("/notes", u.token(), "{\"title\":\"" + "长".repeat(51) + "\"}"), 422, "title");
        assertProblem(api.post("/notes", u.token(), "{\"title\":\"ok\",\"body\":\"" + "x".repeat(2001) + "\"}"), 422, "body");
        assertProblem(api.post("/notes", u.token(), "{\"title\":\"No pictures\",\"publish\":true}"), 422, "mediaIds");

        long one = api.upload(u, TestImages.png(64, 64), "image/png");
        JsonArrayBuilder nineteen = Json.createArrayBuilder();
        for (int i = 0; i < 19; i++) {
            nineteen.add(one);
        }
        Res tooMany = api.post("/notes", u.token(), Json.createObjectBuilder().add("title", "Too many")
                .add("mediaIds", nineteen).add("publish", true).build().toString());
        assertProblem(tooMany, 422, "mediaIds");

        User other = api.register("thief");
        Res foreign = api.post("/notes", other.token(), "{\"title\":\"Stolen\",\"mediaIds\":[" + one + "],\"publish\":true}");
        assertProblem(foreign, 422, "mediaIds[0]");

        assertProblem(api.get("/notes/987654321", u.token()), 404, "noteId");
        assertEquals(404, api.get("/notes/not-a-number", u.token()).status());
        assertProblem(api.get("/feed/latest?limit=1000", null), 422, "limit");
        assertProblem(api.get("/feed/latest?cursor=garbage!!", null), 422, "cursor");
        assertProblem(api.post("/boards", u.token(), "{\"name\":\"\"}"), 422, "name");

        long noteId = api.publishNote(u, "Soon gone", "bye");
        assertEquals(204, api.delete("/notes/" + noteId, u.token()).status());
        assertProblem(api.post("/notes/" + noteId + "/comments", other.token(), "{\"body\":\"hello?\"}"), 404, "noteId");
        assertProblem(api.put("/notes/" + noteId + "/like", other.token(), null), 404, "noteId");

        assertEquals(drafts, api.get("/notes/drafts", u.token()).obj().getJsonArray("items").size(), "no half-written drafts");
    }

    @Test
    void registrationRulesAndCaseInsensitiveHandles() {
        User u = api.register("Case");
        Res dup = api.post("/auth/register", null, "{\"email\":\"other-" + u.handle() + "@example.org\",\"password\":\"long enough\","
                + "\"handle\":\"" + u.handle().toUpperCase() + "\",\"displayName\":\"Dup\",\"birthDate\":\"1990-01-01\"}");
        assertProblem(dup, 409, "handle");
        Res bad = api.post("/auth/register", null, "{\"email\":\"nope\",\"password\":\"short\",\"handle\":\"a\",\"displayName\":\"\"}");
        assertEquals(422, bad.status());
        Set<String> fields = bad.obj().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("email", "password", "handle", "displayName", "birthDate"), fields);
    }

    @Test
    void repeatedFailedLoginsAreSlowedThenLockedForThatClientOnly() {
        User u = api.register("lock");
        String attacker = "100.91.0.7";
        String wrong = "{\"login\":\"" + u.handle() + "\",\"password\":\"wrong password\",\"mode\":\"token\"}";
        for (int i = 0; i < 4; i++) {
            assertEquals(401, api.sendFrom(attacker, null, "POST", "/auth/login", null, wrong).status());
        }
        Res locked = api.sendFrom(attacker, null, "POST", "/auth/login", null, wrong);
        assertEquals(429, locked.status(), locked.toString());
        assertNotNull(locked.header("Retry-After"));
        String right = "{\"login\":\"" + u.handle() + "\",\"password\":\"correct horse 1\",\"mode\":\"token\"}";
        assertEquals(429, api.sendFrom(attacker, null, "POST", "/auth/login", null, right).status(),
                "the right password does not bypass the lock from the guessing client");
        assertEquals(200, api.sendFrom("100.91.0.8", null, "POST", "/auth/login", null, right).status(),
                "the owner, elsewhere, is not locked out by a stranger's guesses");

        // A name that belongs to nobody answers and throttles exactly like a real one.
        String nobody = "{\"login\":\"nobody" + u.id() + "x\",\"password\":\"wrong password\",\"mode\":\"token\"}";
        for (int i = 0; i < 4; i++) {
            Res r = api.sendFrom(attacker, null, "POST", "/auth/login", null, nobody);
            assertEquals(401, r.status());
            assertEquals(api.sendFrom("100.91.0.9", null, "POST", "/auth/login", null, wrong).raw().body(), r.raw().body(),
                    "the same answer for an unknown account as for a wrong password");
        }
        assertEquals(429, api.sendFrom(attacker, null, "POST", "/auth/login", null, nobody).status());
    }

    @Test
    void cookieSessionsNeedTheCsrfTokenForWrites() {
        User u = api.register("csrf");
        Res login = api.post("/auth/login", null, "{\"login\":\"" + u.handle() + "@example.org\",\"password\":\"correct horse 1\"}");
        assertEquals(200, login.status(), login.toString());
        String setCookie = String.join(";", login.raw().headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly") && setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        String session = cookie(login, "ng_session");
        String csrf = login.obj().getString("csrfToken");

        HttpRequest.Builder write = HttpRequest.newBuilder(java.net.URI.create(api.base() + "/boards"))
                .header("Cookie", "ng_session=" + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"via cookie\"}"));
        assertProblem(api.execute(write.build()), 403, null);
        Res ok = api.execute(write.header("X-CSRF-Token", csrf).build());
        assertEquals(201, ok.status(), ok.toString());
        Res me = api.execute(HttpRequest.newBuilder(java.net.URI.create(api.base() + "/me")).header("Cookie", "ng_session=" + session).build());
        assertEquals(u.handle(), me.obj().getString("handle"));
    }

    @Test
    void countsStayExactUnderConcurrentLikesAndCollects() throws Exception {
        User author = api.register("popular");
        long noteId = api.publishNote(author, "Everyone likes this", "#concurrency");
        List<User> fans = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            fans.add(api.register("fan"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (User fan : fans) {
                results.add(pool.submit(() -> api.put("/notes/" + noteId + "/like", fan.token(), null).status()));
                results.add(pool.submit(() -> api.put("/notes/" + noteId + "/collect", fan.token(), "{}").status()));
            }
            for (Future<Integer> f : results) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonObject note = api.get("/notes/" + noteId, null).obj();
        assertEquals(24, note.getInt("likeCount"));
        assertEquals(24, note.getInt("collectCount"));
    }

    @Test
    void theSamePersonLikingAtOnceIsOneLikeNotAConflict() throws Exception {
        User author = api.register("doubletap");
        long noteId = api.publishNote(author, "Tapped twice", "#doubletap");
        long commentId = ApiClient.id(api.post("/notes/" + noteId + "/comments", author.token(), "{\"body\":\"tap me too\"}").obj().get("id"));
        User fan = api.register("tapper");
        // Many requests of one person for one target at the same moment: before likes were set
        // under a lock, about a third of them ended in 409 from a check-then-insert race.
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            for (String path : List.of("/notes/" + noteId + "/like", "/notes/" + noteId + "/collect",
                    "/comments/" + commentId + "/like")) {
                List<Future<Res>> results = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    results.add(pool.submit(() -> api.put(path, fan.token(), "{}")));
                }
                for (Future<Res> f : results) {
                    Res r = f.get();
                    assertEquals(200, r.status(), path + " " + r);
                }
            }
        } finally {
            pool.shutdown();
        }
        JsonObject note = api.get("/notes/" + noteId, fan.token()).obj();
        assertEquals(1, note.getInt("likeCount"));
        assertEquals(1, note.getInt("collectCount"));
        assertTrue(note.getBoolean("likedByMe"));
        Res again = api.put("/notes/" + noteId + "/like", fan.token(), null);
        assertEquals(1, again.obj().getInt("likeCount"), "liking again reports the same count");
        assertEquals(1, api.get("/notes/" + noteId + "/comments", fan.token()).obj().getJsonArray("items")
                .getJsonObject(0).getInt("likeCount"));
    }

    @Test
    void aProfileChangeWithOneBadFieldChangesNothing() {
        User u = api.register("halfway");
        String tooLong = "x".repeat(40);
        Res refused = api.send("PATCH", "/me", u.token(),
                "{\"privateProfile\":true,\"bio\":\"new bio\",\"displayName\":\"" + tooLong + "\"}");
        assertProblem(refused, 422, "displayName");
        JsonObject me = api.get("/me", u.token()).obj();
        assertFalse(me.getBoolean("privateProfile"), "the private switch was not saved on its own");
        assertFalse("new bio".equals(me.getString("bio", null)), "the bio was not saved on its own");
        Res avatar = api.send("PATCH", "/me", u.token(), "{\"privateProfile\":true,\"avatarMediaId\":999999999}");
        assertProblem(avatar, 422, "avatarMediaId");
        assertFalse(api.get("/me", u.token()).obj().getBoolean("privateProfile"));
        assertEquals(200, api.send("PATCH", "/me", u.token(), "{\"privateProfile\":true,\"bio\":\"new bio\"}").status());
        me = api.get("/me", u.token()).obj();
        assertTrue(me.getBoolean("privateProfile"));
        assertEquals("new bio", me.getString("bio"));
    }

    @Test
    void operationsEndpointsAnswer() {
        String root = api.base().replace("/api/v1", "");
        Res health = api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/health/ready")).build());
        assertEquals(200, health.status(), health.toString());
        assertTrue(health.raw().body().contains("\"database\""), health.toString());
        Res openapi = api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/openapi")).build());
        assertEquals(200, openapi.status());
        assertTrue(openapi.raw().body().contains("/api/v1/notes/{id}"), "the module resources are documented");
        assertEquals(404, api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/metrics")).build()).status(),
                "heap, threads and pool figures are not public");
        Res metrics = api.get("/admin/metrics", api.adminToken());
        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.raw().body().contains("memory_usedHeap_bytes"), "admins read them through the API");
        assertEquals(401, api.get("/admin/metrics", null).status());
        Res page = api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/")).build());
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
    }

    @Test
    void serverMessagesSpeakTheAccountsLanguageThenTheBrowsers() {
        User u = api.register("wording");
        String tooLong = "{\"title\":\"" + "长".repeat(51) + "\"}";

        Res english = api.sendFrom(null, null, "POST", "/notes", u.token(), tooLong);
        assertEquals("must be at most 50 characters", english.obj().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("Invalid input", english.obj().getString("title"));

        Res traditional = api.sendFrom(null, "zh-TW,zh;q=0.9,en;q=0.5", "POST", "/notes", u.token(), tooLong);
        assertProblem(traditional, 422, "title");
        assertEquals("zh-TW", traditional.header("Content-Language"));
        assertEquals("輸入有誤", traditional.obj().getString("title"));
        assertEquals("最多 50 個字元", traditional.obj().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("title: 最多 50 個字元", traditional.obj().getString("detail"), "the field keeps the name the client sent");
        assertEquals("https://notegarden.dev/problems/validation", traditional.obj().getString("type"));

        Res notFound = api.sendFrom(null, "zh-CN", "GET", "/notes/987654321", null, null);
        assertEquals("笔记 987654321 不存在", notFound.obj().getString("detail"));

        // The account's own choice comes before the browser's header.
        assertEquals(200, api.send("PATCH", "/me", u.token(), "{\"locale\":\"zh-CN\"}").status());
        Res simplified = api.sendFrom(null, "en-US,en;q=0.9", "POST", "/notes", u.token(), tooLong);
        assertEquals("zh-CN", simplified.header("Content-Language"));
        assertEquals("最多 50 个字符", simplified.obj().getJsonArray("errors").getJsonObject(0).getString("message"));
        Res refused = api.sendFrom(null, "en", "PATCH", "/me", u.token(), "{\"locale\":\"fr\"}");
        assertProblem(refused, 422, "locale");
        assertEquals("须为 en、zh-CN 或 zh-TW", refused.obj().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    static void assertProblem(Res r, int status, String field) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertTrue(r.obj().getString("type").startsWith("https://notegarden.dev/problems/"));
        assertFalse(r.raw().body().contains("at org."), "no stack trace");
        if (field != null) {
            assertEquals(field, r.problemField(), r.toString());
        }
    }

    static String cookie(Res r, String name) {
        for (String c : r.raw().headers().allValues("Set-Cookie")) {
            if (c.startsWith(name + "=")) {
                return c.substring(name.length() + 1, c.indexOf(';'));
            }
        }
        throw new AssertionError("no cookie " + name);
    }

    static List<Long> ids(Res page) {
        assertEquals(200, page.status(), page.toString());
        return page.obj().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static Set<String> kinds(Res page) {
        return page.obj().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("kind")).collect(Collectors.toSet());
    }

    static Set<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).stream().map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet());
    }
}
