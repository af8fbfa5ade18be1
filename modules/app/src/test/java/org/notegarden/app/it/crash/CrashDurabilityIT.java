package org.notegarden.app.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.server.ServerProcess;

/**
 * Nothing the server acknowledged is lost when its process is killed. Concurrent writers post
 * comments, like a note and pay orders through the sandbox; the server is killed with SIGKILL
 * while they write, started again on the same data, and every write that was answered 2xx must
 * be there, with every counter equal to its rows and stock equal to what orders took.
 *
 * <p>Runs in both IT executions: on H2 with the README's default configuration (no database URL
 * at all, so the default file under the working folder is used), and on the run's PostgreSQL in a
 * schema of its own (the run's Arquillian server shares that database and would otherwise relay
 * this server's order events to its own, different plugins).
 * It starts its own server rather than Arquillian's, because Arquillian's cannot be killed.
 *
 * <p>On H2 the same kill also meets a video being transcoded ({@link InterruptedVideo}): one crash
 * and one restart serve both checks, as two starts of a server of its own cost a minute or more of
 * a CI run that must stay under 30. Only on H2: on PostgreSQL the job's claim is the same SQL,
 * and the re-encode after the restart would add most of a minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashDurabilityIT {
    private static final int INITIAL_STOCK = 100_000;
    private static final int LIKERS = 160;

    private ServerProcess server;
    private Path work;
    /** On PostgreSQL: a schema of this test's own, so the run's other server neither sees nor relays its data. */
    private String postgresUrl;

    private final ConcurrentLinkedQueue<Long> ackedComments = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> ackedLikers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> ackedOrders = new ConcurrentLinkedQueue<>();

    private Path orderLog;
    private long note;
    private long productId;
    private long sku;
    private List<User> buyers;
    /** On H2 only: the video whose encoder the kill interrupts. */
    private InterruptedVideo video;

    @AfterAll
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    /** The crash both tests look at: writers and (on H2) an encoder at work, SIGKILL, a restart on the same data. */
    @BeforeAll
    void killTheServerMidWriteAndStartItAgain() throws Exception {
        work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "it", "crash-" + UUID.randomUUID()));
        if (onPostgres()) {
            String schema = "crash_" + org.notegarden.app.it.SearchMarkers.fresh();
            String base = System.getenv("NOTEGARDEN_DB_URL");
            try (Connection db = DriverManager.getConnection(base, System.getenv("NOTEGARDEN_DB_USER"), System.getenv("NOTEGARDEN_DB_PASSWORD"));
                 java.sql.Statement s = db.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            postgresUrl = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        orderLog = work.resolve("order-log.txt");
        server = new ServerProcess(work, serverEnvironment(pluginsWithOrderLog(), orderLog));
        server.start();
        ApiClient api = new ApiClient(new URL(server.baseUrl() + "/"));

        // The world the writers act on.
        User author = api.register("crashauthor");
        note = api.publishNote(author, "Durability", "Comments and likes arrive while the server is killed");
        User seller = api.register("crashseller");
        api.approvedShop(api.adminToken(), seller, "Crash Teas", "EUR");
        Res product = api.post("/products", seller.token(), "{\"titleEn\":\"Oolong\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":" + INITIAL_STOCK + "}]}");
        assertEquals(201, product.status(), product.toString());
        productId = product.obj().getJsonNumber("id").longValue();
        sku = product.obj().getJsonArray("skus").getJsonObject(0).getJsonNumber("id").longValue();
        List<User> commenters = List.of(api.register("crashc"), api.register("crashc"));
        buyers = List.of(api.register("crashb"), api.register("crashb"));
        List<User> likers = api.registerMany("crashl", LIKERS);
        video = onPostgres() ? null : new InterruptedVideo(api.register("restart"));

        // Six writers at once, until the kill makes their requests fail.
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        for (User c : commenters) {
            writers.execute(() -> {
                for (int i = 0; running.get(); i++) {
                    // Texts of their own: the same words from two accounts are held as near-duplicates.
                    String body = "{\"body\":\"still here " + java.util.UUID.randomUUID() + "\"}";
                    Res r = quietly(() -> api.post("/notes/" + note + "/comments", c.token(), body));
                    if (r == null) {
                        return;
                    }
                    if (r.status() == 201) {
                        ackedComments.add(r.obj().getJsonNumber("id").longValue());
                    }
                }
            });
        }
        for (int half = 0; half < 2; half++) {
            List<User> mine = likers.subList(half * LIKERS / 2, (half + 1) * LIKERS / 2);
            writers.execute(() -> {
                for (User l : mine) {
                    Res r = quietly(() -> api.put("/notes/" + note + "/like", l.token(), null));
                    if (r == null || !running.get()) {
                        return;
                    }
                    if (r.status() == 200) {
                        ackedLikers.add(l.id());
                    }
                }
            });
        }
        for (User b : buyers) {
            writers.execute(() -> {
                while (running.get()) {
                    Res r = quietly(() -> api.post("/checkout", b.token(), checkout(sku)));
                    if (r == null) {
                        return;
                    }
                    if (r.status() == 201 && "PAID".equals(r.obj().getString("state"))) {
                        ackedOrders.add(r.obj().getJsonNumber("id").longValue());
                    }
                }
            });
        }

        // Kill mid-stream: once every kind of write has been acknowledged a fair number of times.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)
                && (ackedComments.size() < 60 || ackedLikers.size() < 40 || ackedOrders.size() < 20)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        if (video != null) {
            // Uploaded last, so that the kill finds its encoder at work, whatever the writers took.
            video.uploadAndAwaitTheEncoder(api, server);
        }
        server.kill();
        running.set(false);
        if (video != null) {
            video.noteOrphansOfTheKill();
        }
        writers.shutdown();
        assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES), "writers stop once the server is gone");
        assertTrue(ackedComments.size() >= 60 && ackedLikers.size() >= 40 && ackedOrders.size() >= 20,
                "enough writes acknowledged before the kill: " + acked());

        System.out.println("CrashDurabilityIT: killed with " + acked() + " acknowledged; restarting on the same data");
        server.start();
    }

    @Test
    @Order(1)
    void aVideoInterruptedByTheCrashIsProcessedAfterTheRestart() throws Exception {
        Assumptions.assumeTrue(video != null, "on H2 only, see the class");
        video.assertProcessedAfterTheRestart(new ApiClient(new URL(server.baseUrl() + "/")));
    }

    /**
     * What this server, started as the README starts one node, opens to the network: its HTTP port
     * and nothing else. With {@code --nocluster} alone, Payara Micro still ran a data grid member
     * listening on port 6900 on every interface. And no WADL: the API's description is the OpenAPI
     * document, and Jersey's generated one listed every resource (JAXB and its classes loaded at
     * every start to build it).
     */
    @Test
    @Order(0)
    void aNodeOnItsOwnOpensItsHttpPortAndNothingElse() throws Exception {
        assertEquals(java.util.Set.of(server.port()), server.listeningPorts(), "the ports the server listens on");
        ApiClient api = new ApiClient(new URL(server.baseUrl() + "/"));
        assertEquals(404, api.get("/application.wadl", null).status(), "no generated WADL");
    }

    /** Last: it stops the server to read the database as the kill and the restart left it. */
    @Test
    @Order(2)
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        ApiClient after = new ApiClient(new URL(server.baseUrl() + "/"));
        metricsAreForAdminsOnly(after);
        // Counts as the API shows them, checked after the rows below: a failure then names the lost rows.
        JsonObject n = after.get("/notes/" + note, null).obj();
        int shownComments = n.getInt("commentCount");
        int shownLikes = n.getInt("likeCount");
        for (long order : ackedOrders) {
            User owner = buyers.get(0);
            Res o = after.get("/orders/" + order, owner.token());
            if (o.status() == 404) {
                o = after.get("/orders/" + order, buyers.get(1).token());
            }
            assertEquals(200, o.status(), "acknowledged order " + order + " is there after the crash: " + o);
            assertEquals("PAID", o.obj().getString("state"), "acknowledged order " + order + " stays paid");
        }
        // Order events leave through the outbox: every acknowledged order's PAID reaches the plugin,
        // also those still undelivered at the kill, and each after its PLACED.
        List<String> told = org.notegarden.app.it.Eventually.await(Duration.ofSeconds(60), () -> lines(orderLog),
                l -> ackedOrders.stream().allMatch(o -> l.contains(o + ":PAID")));
        for (long order : ackedOrders) {
            int placed = told.indexOf(order + ":PLACED");
            int paid = told.indexOf(order + ":PAID");
            assertTrue(paid >= 0, "order " + order + " PAID reached the plugin (" + told.size() + " lines)");
            assertTrue(placed >= 0 && placed < paid, "order " + order + ": PLACED before PAID");
        }
        server.stop();


        try (Connection db = openDatabase()) {
            Set<Long> comments = new HashSet<>(longs(db, "SELECT id FROM cm_comment WHERE note_id = ?", note));
            List<Long> lostComments = ackedComments.stream().filter(id -> !comments.contains(id)).toList();
            assertEquals(List.of(), lostComments, "acknowledged comments lost of " + ackedComments.size());
            Set<Long> likedBy = new HashSet<>(longs(db, "SELECT account_id FROM cm_note_like WHERE note_id = ?", note));
            List<Long> lostLikes = ackedLikers.stream().filter(id -> !likedBy.contains(id)).toList();
            assertEquals(List.of(), lostLikes, "acknowledged likes lost of " + ackedLikers.size());
            Map<String, Long> counters = counters(db, note);
            // A comment screening held is stored but not counted until a moderator lets it through.
            long shown = longs(db, "SELECT COUNT(*) FROM cm_comment WHERE note_id = ? AND moderation = 'NONE'", note).get(0);
            assertEquals(shown, counters.get("comment_count"), "comment counter equals its shown rows");
            assertEquals(likedBy.size(), counters.get("like_count"), "like counter equals its rows");
            Set<Long> notHeld = new HashSet<>(longs(db, "SELECT id FROM cm_comment WHERE note_id = ? AND moderation = 'NONE'", note));
            long ackedNotHeld = ackedComments.stream().filter(notHeld::contains).count();
            assertTrue(shownComments >= ackedNotHeld, "comments shown " + shownComments + " vs " + ackedNotHeld
                    + " acknowledged and not held by screening (" + (comments.size() - shown) + " held) of " + acked());
            assertTrue(shownLikes >= ackedLikers.size(), "likes shown " + shownLikes + " vs " + acked());
            long stock = longs(db, "SELECT stock FROM co_sku WHERE id = ?", sku).get(0);
            long taken = longs(db, "SELECT COALESCE(SUM(l.quantity), 0) FROM co_order_line l JOIN co_order o ON o.id = l.order_id "
                    + "WHERE l.sku_id = ? AND o.state <> 'CANCELLED'", sku).get(0);
            assertEquals(INITIAL_STOCK, stock + taken, "stock left plus what live orders took equals the stock put on sale"
                    + " (product " + productId + ")");
        }
    }

    /**
     * This server runs the WAR at the root context, as operators do, where Payara's own /metrics
     * shares the application: it must answer nobody; admins read the figures through the API.
     */
    private static void metricsAreForAdminsOnly(ApiClient api) {
        Res open = api.execute(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base().replace("/api/v1", "/metrics")))
                .build());
        assertEquals(404, open.status(), "heap, threads and pool sizes are not public");
        assertEquals(401, api.get("/admin/metrics", null).status());
        Res admin = api.get("/admin/metrics", api.adminToken());
        assertEquals(200, admin.status(), admin.toString());
        assertTrue(admin.raw().body().contains("memory_usedHeap_bytes{mp_scope=\"base\"}"), "the same figures, for the admin");
    }

    private static List<String> lines(Path file) {
        try {
            // "order:STATE event=…": the order and state are what this test reads
            return Files.exists(file) ? Files.readAllLines(file).stream().map(l -> l.split(" ")[0]).toList() : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The run's plugins plus the order-log test plugin, in this test's own folder. */
    private Path pluginsWithOrderLog() throws java.io.IOException {
        return org.notegarden.app.it.PluginJars.runPluginsWithOrderLog(work.resolve("plugins"));
    }

    private String acked() {
        return ackedComments.size() + " comments, " + ackedLikers.size() + " likes, " + ackedOrders.size() + " orders";
    }

    private static String checkout(long sku) {
        return "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"paymentMethod\":\"sandbox-card\",\"paymentToken\":\"4242424242424242\","
                + "\"shipTo\":{\"name\":\"Max\",\"phone\":\"+49 30 1234\",\"line\":\"Unter den Linden 1\",\"city\":\"Berlin\","
                + "\"postalCode\":\"10117\",\"country\":\"DE\"},\"items\":[{\"skuId\":" + sku + ",\"quantity\":1}]}";
    }

    /** A request, or null once the server is unreachable (killed). */
    private static Res quietly(java.util.function.Supplier<Res> request) {
        try {
            return request.get();
        } catch (IllegalStateException unreachable) {
            return null;
        }
    }

    private boolean onPostgres() {
        return String.valueOf(System.getenv("NOTEGARDEN_DB_URL")).startsWith("jdbc:postgresql:");
    }

    /**
     * The IT run's settings, except: on H2 no database URL or data folder at all (the README's
     * defaults, relative to the server's working folder), and limits raised so that pacing does
     * not refuse the writers.
     */
    private Map<String, String> serverEnvironment(Path plugins, Path orderLog) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("NOTEGARDEN_")) {
                env.put(k, v);
            }
        });
        env.put("NOTEGARDEN_PLUGIN_ORDER_LOG_FILE", orderLog.toString());
        env.put("NOTEGARDEN_PLUGINS_DIR", plugins.toString());
        env.put("NOTEGARDEN_PLUGINS_ON_BY_DEFAULT", "sandbox-payments,region-shipping,promotions,eu-vat,order-log");
        env.remove("NOTEGARDEN_DATA_DIR");
        if (onPostgres()) {
            env.put("NOTEGARDEN_DB_URL", postgresUrl);
        } else {
            env.remove("NOTEGARDEN_DB_URL");
            env.remove("NOTEGARDEN_DB_USER");
            env.remove("NOTEGARDEN_DB_PASSWORD");
            env.remove("NOTEGARDEN_DB_DATASOURCE");
        }
        env.put("NOTEGARDEN_ABUSE_COMMENTS_PER_HOUR_NEW", "100000");
        env.put("NOTEGARDEN_ABUSE_COMMENTS_PER_HOUR", "100000");
        env.put("NOTEGARDEN_ABUSE_SIGNUPS_PER_IP_HOUR", "100000");
        env.put("NOTEGARDEN_ABUSE_SIGNUPS_PER_SUBNET_HOUR", "100000");
        env.put(InterruptedVideo.LEASE, "5");
        return env;
    }

    private Connection openDatabase() throws Exception {
        if (onPostgres()) {
            return DriverManager.getConnection(postgresUrl, System.getenv("NOTEGARDEN_DB_USER"), System.getenv("NOTEGARDEN_DB_PASSWORD"));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data").resolve("notegarden"), "sa", "");
    }

    private static List<Long> longs(Connection db, String sql, long parameter) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                List<Long> out = new ArrayList<>();
                while (r.next()) {
                    out.add(r.getLong(1));
                }
                return out;
            }
        }
    }

    private static Map<String, Long> counters(Connection db, long note) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT comment_count, like_count FROM cm_note WHERE id = ?")) {
            s.setLong(1, note);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Map.of("comment_count", r.getLong(1), "like_count", r.getLong(2));
            }
        }
    }
}
