package org.notegarden.app.it.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.SearchMarkers;
import org.notegarden.app.it.TestImages;
import org.notegarden.app.it.WholeApp;
import org.notegarden.app.it.server.OpenSearchProcess;
import org.notegarden.app.it.server.ServerProcess;

/**
 * A second app node, as a cluster runs it: the same WAR in a server of its own on the PostgreSQL
 * run's database and S3 bucket, next to the run's Arquillian server (node A), with a real
 * OpenSearch 2.19 as its index and Hibernate Search's outbox-polling coordination. Limits hold
 * across both nodes, a plugin reload on one reloads the other and a merchant's plugin choice
 * reaches the other's checkout within seconds; a note is found within 2 s of being written and its pictures are served from
 * the bucket; with OpenSearch killed, search answers 503 with a problem while notes and feeds go
 * on, and what was written meanwhile is found once OpenSearch is back (the outbox catches up).
 */
@WholeApp
class SecondNodeIT {
    private static ServerProcess nodeB;
    private static OpenSearchProcess openSearch;
    ApiClient api;

    @BeforeAll
    static void startNodeB() throws Exception {
        assumeTrue(System.getenv().getOrDefault("NOTEGARDEN_DB_URL", "").startsWith("jdbc:postgresql"),
                "the cluster configuration: PostgreSQL, S3 (the PostgreSQL run's settings) and OpenSearch");
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "it", "node-b-" + UUID.randomUUID()));
        openSearch = new OpenSearchProcess(work.resolve("opensearch"));
        openSearch.start();
        Map<String, String> env = runEnvironment();
        // A data folder of its own, as on a machine of its own: nothing may be shared through it.
        env.put("NOTEGARDEN_DATA_DIR", Files.createDirectories(work.resolve("data")).toString());
        nodeB = new ServerProcess(work, env, List.of(
                "-Dhibernate.search.backend.type=elasticsearch",
                "-Dhibernate.search.backend.hosts=" + openSearch.hostAndPort(),
                "-Dhibernate.search.coordination.strategy=outbox-polling",
                "-Dhibernate.search.indexing.plan.synchronization.strategy=",
                // Index work that failed while OpenSearch was down is tried again after 2 s (default 30).
                "-Dhibernate.search.coordination.event_processor.retry_delay=2"));
        nodeB.start();
    }

    @AfterAll
    static void stopNodeB() throws Exception {
        if (nodeB != null) {
            nodeB.stop();
        }
        if (openSearch != null) {
            openSearch.close();
        }
    }

    @Test
    void theSignUpLimitPerAddressHoldsAcrossBothNodes() throws Exception {
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        String address = ApiClient.sharedRangeAddress();
        for (int i = 0; i < 10; i++) {
            (i % 2 == 0 ? api : b).registerFrom(address, "both" + i);
        }
        for (ApiClient node : List.of(api, b)) {
            Res eleventh = node.sendFrom(address, null, "POST", "/auth/register", null, Json.createObjectBuilder()
                    .add("email", "eleventh" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
                    .add("password", "correct horse 1").add("birthDate", "1990-05-17")
                    .add("handle", "eleventh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10))
                    .add("displayName", "Eleventh").add("mode", "token").build().toString());
            assertEquals(429, eleventh.status(), "ten sign-ups from one address an hour, over both nodes: " + eleventh);
        }
    }

    @Test
    void aNotePublishedOnOneNodeEntersTheOthersPopularFeedWithinSeconds() throws Exception {
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        popular(api); // node A ranks now and would keep that ranking for 30 s
        long id = publish(b, b.register("popular"), "Fresh on node B", 1);
        long written = System.nanoTime();
        List<Long> seen = Eventually.await(Duration.ofSeconds(15), () -> popular(api), ids -> ids.contains(id));
        long ms = (System.nanoTime() - written) / 1_000_000;
        System.out.println("SecondNodeIT: a note published on node B was in node A's popular feed after " + ms + " ms");
        assertTrue(seen.contains(id) && ms < 10_000, "in node A's popular feed within 10 s, not after its 30 s ranking aged out: " + ms);
    }

    /** The signed-out home ("popular nearby"), every page of it. */
    private static List<Long> popular(ApiClient node) {
        List<Long> ids = new java.util.ArrayList<>();
        Integer offset = 0;
        while (offset != null && offset <= 1000) {
            Res page = node.get("/discovery/feed?limit=50&offset=" + offset, null);
            assertEquals(200, page.status(), page.toString());
            page.obj().getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(i -> ids.add(i.getJsonObject("note").getJsonNumber("id").longValue()));
            offset = !page.obj().containsKey("nextOffset") || page.obj().isNull("nextOffset") ? null : page.obj().getInt("nextOffset");
        }
        return ids;
    }

    @Test
    void failedLoginsOnEitherNodeCountTogether() throws Exception {
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        User u = api.register("guessed");
        String attacker = "100.92." + (int) (Math.random() * 250) + ".7";
        String wrong = "{\"login\":\"" + u.handle() + "\",\"password\":\"wrong password\",\"mode\":\"token\"}";
        for (int i = 0; i < 4; i++) {
            assertEquals(401, (i % 2 == 0 ? api : b).sendFrom(attacker, null, "POST", "/auth/login", null, wrong).status());
        }
        for (ApiClient node : List.of(api, b)) {
            Res fifth = node.sendFrom(attacker, null, "POST", "/auth/login", null, wrong);
            assertEquals(429, fifth.status(), "four failures over two nodes are four on each: " + fifth);
        }
    }

    @Test
    void anExportBuiltOnOneNodeDownloadsFromEither() throws Exception {
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        User me = b.register("export");
        Res requested = b.post("/privacy/requests", me.token(), "{\"kind\":\"EXPORT\"}");
        assertEquals(201, requested.status(), requested.toString());
        long id = requested.obj().getJsonNumber("id").longValue();
        JsonObject done = Eventually.await(Duration.ofSeconds(60), () -> api.get("/privacy/requests/" + id, me.token()).obj(),
                r -> r.getString("status").equals("COMPLETED"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        for (ApiClient node : List.of(api, b)) {
            java.net.http.HttpResponse<byte[]> zip = org.notegarden.app.it.Http11.client().send(
                    java.net.http.HttpRequest.newBuilder(URI.create(node.base() + "/privacy/requests/" + id + "/download"))
                            .header("Authorization", "Bearer " + me.token()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, zip.statusCode(), node.base() + ": " + new String(zip.body(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals('P', (char) zip.body()[0], "a ZIP");
            assertEquals('K', (char) zip.body()[1]);
        }
        assertEquals(404, b.get("/privacy/requests/" + id + "/download", b.register("stranger").token()).status());
    }

    @Test
    void aPluginReloadOnOneNodeReloadsTheOther() throws Exception {
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        String adminOnA = api.adminToken();
        Instant loadedOnA = loadedAt(api.get("/admin/plugins", adminOnA));
        Res reloaded = b.post("/admin/plugins/reload", b.adminToken(), null);
        assertEquals(200, reloaded.status(), reloaded.toString());
        Instant later = Eventually.await(Duration.ofSeconds(15), () -> loadedAt(api.get("/admin/plugins", adminOnA)),
                at -> at.isAfter(loadedOnA));
        assertTrue(later.isAfter(loadedOnA), "node A reloaded its plugins after the reload on node B: " + later + " vs " + loadedOnA);
    }

    @Test
    void aMerchantsPluginChoiceOnOneNodeReachesTheOthersCheckoutWithinSeconds() throws Exception {
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        User owner = api.register("choosy");
        api.approvedShop(api.adminToken(), owner, "Choosy " + owner.id(), "EUR");
        Res product = api.post("/products", owner.token(), "{\"titleEn\":\"Sencha\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":10}]}");
        assertEquals(201, product.status(), product.toString());
        long sku = product.obj().getJsonArray("skus").getJsonObject(0).getJsonNumber("id").longValue();
        String buyer = api.register("choosybuyer").token();
        assertTrue(paymentMethods(api, buyer, sku).contains("sandbox-card"), "node A keeps the shop's choices now");

        assertEquals(200, b.put("/shops/mine/plugins/sandbox-payments", owner.token(), "{\"enabled\":false}").status());
        long saved = System.nanoTime();
        assertTrue(paymentMethods(b, buyer, sku).isEmpty(), "on the node where it was saved, at once");
        List<String> onA = Eventually.await(Duration.ofSeconds(15), () -> paymentMethods(api, buyer, sku), List::isEmpty);
        long ms = (System.nanoTime() - saved) / 1_000_000;
        System.out.println("SecondNodeIT: a plugin switched off on node B was off in node A's checkout after " + ms + " ms");
        assertTrue(onA.isEmpty() && ms < 10_000, "off in node A's checkout within 10 s: " + ms + " ms, " + onA);
    }

    /** The payment methods a checkout quote offers for one unit of this variant. */
    private static List<String> paymentMethods(ApiClient node, String buyer, long sku) {
        Res quote = node.post("/checkout/quote", buyer, "{\"items\":[{\"skuId\":" + sku + ",\"quantity\":1}],"
                + "\"shipTo\":{\"name\":\"Max\",\"phone\":\"+49 30 1234\",\"line\":\"Unter den Linden 1\","
                + "\"city\":\"Berlin\",\"postalCode\":\"10117\",\"country\":\"DE\"}}");
        assertEquals(200, quote.status(), quote.toString());
        return quote.obj().getJsonArray("paymentMethods").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id")).toList();
    }

    private static Instant loadedAt(Res plugins) {
        assertEquals(200, plugins.status(), plugins.toString());
        return Instant.parse(plugins.arr().getJsonObject(0).getString("loadedAt"));
    }

    @Test
    void searchLivesOnOpenSearchAndAnOutageCostsOnlySearch() throws Exception {
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        User author = b.register("os");
        String word = "wren" + SearchMarkers.fresh(); // letters only, always eight: a UUID filtered to a-f was once too short

        long first = publish(b, author, "Morning " + word + " walk", 2);
        long written = System.nanoTime();
        List<Long> found = Eventually.await(Duration.ofSeconds(10), () -> found(b, word), ids -> ids.contains(first));
        long searchableMs = (System.nanoTime() - written) / 1_000_000;
        assertTrue(found.contains(first), "the note is searchable: " + found);
        System.out.println("SecondNodeIT: a note on OpenSearch was searchable " + searchableMs + " ms after it was written");
        // The 2 s target is held by ClusterIT; here three JVMs and OpenSearch share the CI machine's
        // two cores with the run's own load, so only "a few seconds" is held, and the figure printed.
        assertTrue(searchableMs <= 5_000, "searchable within seconds of being written, took " + searchableMs + " ms");
        JsonObject note = b.get("/notes/" + first, null).obj();
        for (JsonObject m : note.getJsonArray("media").getValuesAs(JsonObject.class)) {
            assertTrue(b.bytes(m.getString("url")).length > 500, "a picture is served from the bucket: " + m);
        }

        // Signed in, the search is remembered: the discovery feed reads past searches through the index.
        assertEquals(200, b.get("/search/notes?q=" + word, author.token()).status());

        openSearch.kill();
        // A query the server did not answer in the last second: the same query asked again at
        // once would be answered from its memory of the last second's searches (RecentSearchHits).
        Res search = b.get("/search/notes?q=" + word + "&sort=latest", null);
        assertEquals(503, search.status(), search.toString());
        assertTrue(search.header("Content-Type").startsWith("application/problem+json"), search.toString());
        assertTrue(search.obj().getString("type").endsWith("/search-unavailable"), search.toString());
        assertEquals("30", search.header("Retry-After"));
        assertEquals(200, b.get("/notes/" + first, null).status(), "notes are read without the index");
        assertEquals(200, b.get("/feed/latest", null).status(), "the latest feed needs no index");
        assertEquals(200, b.get("/discovery/feed", author.token()).status(), "nor does the discovery feed, though it draws on past searches too");
        long second = publish(b, author, "Evening " + word + " song", 1);
        assertTrue(CommunityIds.of(b.get("/feed/latest?limit=50", null)).contains(second), "written while search is down");

        openSearch.start();
        List<Long> caughtUp = Eventually.await(Duration.ofSeconds(90), () -> found(b, word), ids -> ids.contains(second));
        assertTrue(caughtUp.contains(first) && caughtUp.contains(second),
                "what was written while OpenSearch was down is found once it is back: " + caughtUp);
    }

    /** The IT run's NOTEGARDEN_* settings (PostgreSQL, S3, mail …) for the server of this test. */
    private static Map<String, String> runEnvironment() {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("NOTEGARDEN_")) {
                env.put(k, v);
            }
        });
        return env;
    }

    private static long publish(ApiClient api, User author, String title, int pictures) {
        var media = Json.createArrayBuilder();
        for (int i = 0; i < pictures; i++) {
            media.add(api.upload(author, TestImages.png(640, 480), "image/png"));
        }
        Res r = api.post("/notes", author.token(), Json.createObjectBuilder().add("title", title).add("body", "A note for the index.")
                .add("mediaIds", media).add("publish", true).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.obj().getJsonNumber("id").longValue();
    }

    /** Ids found by search, or none while search answers otherwise than 200. */
    private static List<Long> found(ApiClient api, String word) {
        Res r = api.get("/search/notes?q=" + word + "&limit=50", null);
        return r.status() == 200 ? CommunityIds.of(r) : List.of();
    }

    /** Ids of a page of notes. */
    private static final class CommunityIds {
        static List<Long> of(Res page) {
            assertEquals(200, page.status(), page.toString());
            return page.obj().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(n -> n.getJsonNumber("id").longValue()).toList();
        }
    }
}
