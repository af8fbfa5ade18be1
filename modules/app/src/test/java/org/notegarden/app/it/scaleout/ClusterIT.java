package org.notegarden.app.it.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.PluginJars;
import org.notegarden.app.it.SearchMarkers;
import org.notegarden.app.it.TestImages;
import org.notegarden.app.it.server.OpenSearchProcess;
import org.notegarden.app.it.server.ServerProcess;

/**
 * The cluster a person can run ({@code IT_CLUSTER=1 mvn verify -pl modules/app -Dit.postgres.only -Dit.test=ClusterIT},
 * README "Run a cluster"; too long for every CI run, where {@code SecondNodeIT} stands in): two app
 * nodes of the same WAR, each its own Payara Micro, on the PostgreSQL run's database and S3 bucket,
 * a real OpenSearch 2.19 with the outbox, and nginx in front (round robin). Everything goes through
 * nginx. Node A is killed with SIGKILL in the middle of a flash sale of 50 units to 1,000 buyers;
 * node A relays order events to the plugins when it dies, so node B takes over and every event
 * reaches the order-log test plugin exactly once after dedupe by event id. A plugin reload on
 * node B is seen on node A, and the reservation sweep runs once per minute for the cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final int UNITS = 50;
    private static final int BUYERS = 1000;
    /** IT_CLUSTER_NODES=1 runs the same test with one node behind nginx (and nothing killed), to compare. */
    private static final int NODES = Integer.parseInt(System.getenv().getOrDefault("IT_CLUSTER_NODES", "2"));
    private static Path work;
    private static OpenSearchProcess openSearch;
    private static ServerProcess nodeA;
    private static ServerProcess nodeB;
    private static ApiClient lb;
    private static Path orderLog;
    /** Node A's name in the lease table: it relays order events, having started alone. */
    private static String relayOfA;
    private static Instant clusterUp;
    private static long sweepsAtStart;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(System.getenv("IT_CLUSTER") != null, "the cluster test runs when asked for (README: IT_CLUSTER=1)");
        assumeTrue(System.getenv().getOrDefault("NOTEGARDEN_DB_URL", "").startsWith("jdbc:postgresql"), "PostgreSQL run only");
        work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "it", "cluster-" + UUID.randomUUID()));
        openSearch = new OpenSearchProcess(work.resolve("opensearch"));
        openSearch.start();
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("NOTEGARDEN_")) {
                env.put(k, v);
            }
        });
        // A checkout that dies with its node holds its units this long before they return to sale.
        env.put("NOTEGARDEN_CHECKOUT_RESERVATION_MINUTES", "1");
        orderLog = work.resolve("order-log.txt");
        env.put("NOTEGARDEN_PLUGINS_DIR", PluginJars.runPluginsWithOrderLog(work.resolve("plugins")).toString());
        env.put("NOTEGARDEN_PLUGIN_ORDER_LOG_FILE", orderLog.toString());
        env.put("NOTEGARDEN_PLUGINS_ON_BY_DEFAULT", "sandbox-payments,region-shipping,promotions,eu-vat,order-log");
        List<String> search = List.of("-Dhibernate.search.backend.type=elasticsearch",
                "-Dhibernate.search.backend.hosts=" + openSearch.hostAndPort(),
                "-Dhibernate.search.coordination.strategy=outbox-polling",
                "-Dhibernate.search.indexing.plan.synchronization.strategy=");
        // One Payara data grid (Hazelcast), discovered over TCP/IP on this host: what an operator
        // sets with --clustermode (README "Run a cluster"). Each node listens on its own port.
        int gridA = freePort();
        int gridB = freePort();
        List<String> grid = List.of("--clustername", "notegarden-" + work.getFileName(), "--interfaces", "127.0.0.1",
                "--clustermode", "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB);
        nodeA = new ServerProcess(Files.createDirectories(work.resolve("a")), ownDataFolder(env, "a"), search)
                .clustered(concat(grid, List.of("--startport", String.valueOf(gridA))));
        nodeB = new ServerProcess(Files.createDirectories(work.resolve("b")), ownDataFolder(env, "b"), search)
                .clustered(concat(grid, List.of("--startport", String.valueOf(gridB))));
        nodeA.start();
        relayOfA = Eventually.await(Duration.ofSeconds(30), () -> lease("order-event-relay").holder(), h -> h != null);
        if (NODES == 2) {
            nodeB.start();
        }
        clusterUp = Instant.now();
        sweepsAtStart = lease("reservation-sweep").runs();
        int port = freePort();
        if (NODES == 2) {
            script("start", port, hostPort(nodeA), hostPort(nodeB));
        } else {
            script("start", port, hostPort(nodeA));
        }
        lb = new ApiClient(URI.create("http://127.0.0.1:" + port + "/").toURL());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (work == null) {
            return;
        }
        script("stop");
        for (ServerProcess node : new ServerProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (openSearch != null) {
            openSearch.close();
        }
    }

    @Test
    @Order(0)
    void theNodesFormOnePayaraDataGrid() throws Exception {
        assumeTrue(NODES == 2, "two nodes");
        String members = Eventually.await(Duration.ofSeconds(30), () -> {
            try {
                return Files.readString(nodeB.log());
            } catch (java.io.IOException e) {
                return "";
            }
        }, log -> log.contains("DG Size: 2"));
        assertTrue(members.contains("DG Size: 2"), "node B joined node A's data grid; see " + nodeB.log());
    }

    @Test
    @Order(1)
    void aNoteWrittenOnOneNodeIsFoundAndShownThroughEither() throws Exception {
        User author = lb.register("cluster");
        String word = "finch" + SearchMarkers.fresh(); // letters only, always eight: a UUID filtered to a-f was once too short
        var media = Json.createArrayBuilder();
        for (int i = 0; i < 2; i++) {
            media.add(lb.upload(author, TestImages.png(640, 480), "image/png"));
        }
        Res note = lb.post("/notes", author.token(), Json.createObjectBuilder().add("title", "Dawn " + word)
                .add("body", "Two pictures.").add("mediaIds", media).add("publish", true).build().toString());
        assertEquals(201, note.status(), note.toString());
        long id = note.obj().getJsonNumber("id").longValue();
        long written = System.nanoTime();
        List<Long> found = Eventually.await(Duration.ofSeconds(10), () -> found(lb, word), ids -> ids.contains(id));
        long ms = (System.nanoTime() - written) / 1_000_000;
        System.out.println("ClusterIT: a note was found through nginx " + ms + " ms after it was written");
        assertTrue(found.contains(id) && ms <= 2_000, "found through nginx within 2 s: " + ms + " ms, " + found);
        for (ServerProcess node : NODES == 2 ? new ServerProcess[] {nodeA, nodeB} : new ServerProcess[] {nodeA}) {
            ApiClient direct = new ApiClient(URI.create(node.baseUrl() + "/").toURL());
            for (JsonObject m : direct.get("/notes/" + id, null).obj().getJsonArray("media").getValuesAs(JsonObject.class)) {
                assertTrue(direct.bytes(m.getString("url")).length > 500, "each node serves each picture: " + m);
            }
        }
    }

    @Test
    @Order(2)
    void elevenSignUpsFromOneAddressOverBothNodesTheEleventhRefused() {
        String address = ApiClient.sharedRangeAddress();
        for (int i = 0; i < 10; i++) {
            lb.registerFrom(address, "lb" + i);
        }
        Res eleventh = lb.sendFrom(address, null, "POST", "/auth/register", null, Json.createObjectBuilder()
                .add("email", "lb11" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
                .add("password", "correct horse 1").add("birthDate", "1990-05-17")
                .add("handle", "lb11" + UUID.randomUUID().toString().replace("-", "").substring(0, 10))
                .add("displayName", "Eleventh").add("mode", "token").build().toString());
        assertEquals(429, eleventh.status(), eleventh.toString());
    }

    @Test
    @Order(3)
    void aFlashSaleSurvivesANodeKilledInTheMiddle() throws Exception {
        String admin = lb.adminToken();
        User seller = lb.register("flash");
        long shopId = lb.approvedShop(admin, seller, "Flash Tea", "CNY");
        Res product = lb.post("/products", seller.token(), "{\"titleEn\":\"Longjing\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":" + UNITS + "}]}");
        assertEquals(201, product.status(), product.toString());
        long productId = product.obj().getJsonNumber("id").longValue();
        long sku = lb.get("/products/" + productId, null).obj().getJsonArray("skus").getJsonObject(0).getJsonNumber("id").longValue();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<User> buyers = new ArrayList<>();
        try {
            List<Future<User>> signUps = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                signUps.add(pool.submit(() -> lb.register("buyer")));
            }
            for (Future<User> f : signUps) {
                buyers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        Map<User, String> keys = new ConcurrentHashMap<>();
        Map<User, Long> paid = new ConcurrentHashMap<>();
        List<User> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger soldOut = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService rush = Executors.newFixedThreadPool(32);
        long started = System.nanoTime();
        try {
            for (User u : buyers) {
                keys.put(u, UUID.randomUUID().toString());
                rush.submit(() -> {
                    Res r = checkout(u, keys.get(u), sku);
                    if (r.status() == 201 || r.status() == 200) {
                        paid.put(u, r.obj().getJsonNumber("id").longValue());
                    } else if (r.status() == 409) {
                        soldOut.incrementAndGet();
                    } else {
                        unanswered.add(u);
                    }
                    done.incrementAndGet();
                    return null;
                });
            }
            // In the middle of the selling: half the units paid, node A busy committing and relaying more.
            Eventually.await(Duration.ofMinutes(2), paid::size, n -> n >= UNITS / 2);
            if (NODES == 2) {
                assertEquals(relayOfA, lease("order-event-relay").holder(), "node A relays order events when it dies");
                nodeA.kill();
            }
            rush.shutdown();
            assertTrue(rush.awaitTermination(5, TimeUnit.MINUTES));
        } finally {
            rush.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("flash sale: %d buyers in %.1f s (%.0f checkouts/s) through nginx to %d node(s)%s; "
                + "%d paid, %d sold out, %d without an answer%n", BUYERS, seconds, BUYERS / seconds, NODES,
                NODES == 2 ? ", node A killed once " + UNITS / 2 + " were paid" : "", paid.size(), soldOut.get(), unanswered.size());
        assertTrue(unanswered.size() <= 32, "only checkouts in flight on node A when it died go unanswered: " + unanswered.size());

        // Those buyers try again with the same idempotency key: an order that was paid before the
        // node died is returned, not bought twice; units a dead checkout held return after a minute.
        Eventually.await(Duration.ofMinutes(3), () -> {
            for (User u : List.copyOf(unanswered)) {
                Res r = checkout(u, keys.get(u), sku);
                if (r.status() == 201 || r.status() == 200) {
                    paid.put(u, r.obj().getJsonNumber("id").longValue());
                    unanswered.remove(u);
                } else if (r.status() == 409) {
                    unanswered.remove(u);
                }
            }
            return sellerPaid(seller);
        }, n -> n == UNITS && unanswered.isEmpty());

        assertEquals(UNITS, sellerPaid(seller), "exactly the units on sale were sold");
        assertEquals(UNITS, paid.size(), "every paid order belongs to a buyer who was told so");
        for (Map.Entry<User, Long> e : paid.entrySet()) {
            Res order = lb.get("/orders/" + e.getValue(), e.getKey().token());
            assertEquals("PAID", order.obj().getString("state"), order.toString());
        }
        int stock = lb.get("/products/" + productId, null).obj().getJsonArray("skus").getJsonObject(0).getInt("stock");
        assertEquals(0, stock, "nothing oversold, nothing left held");

        // Every paid order's PAID reaches the plugin, also those node A had committed but not
        // relayed (or relayed but not recorded) when it died: node B took the relay over.
        java.util.Set<String> paidOrders = new java.util.HashSet<>();
        paid.values().forEach(id -> paidOrders.add(Long.toString(id)));
        List<String[]> told = Eventually.await(Duration.ofSeconds(90), ClusterIT::orderLogLines,
                lines -> lines.stream().filter(l -> l[1].equals("PAID")).map(l -> l[0]).collect(java.util.stream.Collectors.toSet())
                        .containsAll(paidOrders));
        Map<String, String> eventOf = new HashMap<>();
        int repeats = 0;
        for (String[] line : told) {
            String before = eventOf.put(line[2], line[0] + ":" + line[1]);
            if (before != null) {
                repeats++;
                assertEquals(before, line[0] + ":" + line[1], "one event id is one order's one change");
            }
        }
        for (String order : paidOrders) {
            for (String state : List.of("PLACED", "PAID")) {
                long events = eventOf.values().stream().filter(v -> v.equals(order + ":" + state)).count();
                assertEquals(1, events, "order " + order + " " + state + ": exactly one event after dedupe by event id");
            }
        }
        System.out.println("ClusterIT: " + told.size() + " order-event deliveries heard by the plugin, " + repeats
                + " of them repeats of an event id (deduped); relay after the kill: " + lease("order-event-relay").holder());
        if (NODES == 2) {
            String relay = Eventually.await(Duration.ofSeconds(30), () -> lease("order-event-relay").holder(), h -> !relayOfA.equals(h));
            assertTrue(!relayOfA.equals(relay), "node B took the relay over from the dead node A");
        }
    }

    @Test
    @Order(2)
    void aPluginReloadOnNodeBIsSeenOnNodeA() throws Exception {
        assumeTrue(NODES == 2, "two nodes");
        ApiClient a = new ApiClient(URI.create(nodeA.baseUrl() + "/").toURL());
        ApiClient b = new ApiClient(URI.create(nodeB.baseUrl() + "/").toURL());
        String adminOnA = a.adminToken();
        Instant before = loadedAt(a.get("/admin/plugins", adminOnA));
        Res reloaded = b.post("/admin/plugins/reload", b.adminToken(), null);
        assertEquals(200, reloaded.status(), reloaded.toString());
        Instant after = Eventually.await(Duration.ofSeconds(15), () -> loadedAt(a.get("/admin/plugins", adminOnA)),
                at -> at.isAfter(before));
        assertTrue(after.isAfter(before), "node A reloaded after the reload on node B: " + after + " vs " + before);
    }

    @Test
    @Order(5)
    void theReservationSweepRanOncePerMinuteNotOncePerNode() throws Exception {
        long seconds = Duration.between(clusterUp, Instant.now()).toSeconds();
        long sweeps = lease("reservation-sweep").runs() - sweepsAtStart;
        System.out.println("ClusterIT: the reservation sweep ran " + sweeps + " times in " + seconds + " s on " + NODES + " node(s)");
        // Each node's timer fires every minute; the lease lets one run and holds 50 s.
        assertTrue(sweeps >= seconds / 60 - 1, "it ran: " + sweeps + " in " + seconds + " s");
        assertTrue(sweeps <= seconds / 50 + 1, "once per minute for the cluster, not once per node: " + sweeps + " in " + seconds + " s");
    }

    private static Instant loadedAt(Res plugins) {
        assertEquals(200, plugins.status(), plugins.toString());
        return Instant.parse(plugins.arr().getJsonObject(0).getString("loadedAt"));
    }

    /** The order-log plugin's lines as [order, state, event id]; both nodes append to the one file. */
    private static List<String[]> orderLogLines() {
        try {
            if (!Files.exists(orderLog)) {
                return List.of();
            }
            return Files.readAllLines(orderLog).stream().filter(l -> l.contains(" event="))
                    .map(l -> {
                        String[] orderState = l.substring(0, l.indexOf(' ')).split(":");
                        return new String[] {orderState[0], orderState[1], l.substring(l.indexOf(" event=") + 7)};
                    }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Lease(String holder, long runs) {
    }

    /** A row of the shared lease table, read as an operator would. */
    private static Lease lease(String job) {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getenv("NOTEGARDEN_DB_URL"),
                System.getenv("NOTEGARDEN_DB_USER"), System.getenv("NOTEGARDEN_DB_PASSWORD"));
             java.sql.PreparedStatement q = db.prepareStatement("SELECT holder, runs FROM co_job_lease WHERE name = ?")) {
            q.setString(1, job);
            try (java.sql.ResultSet r = q.executeQuery()) {
                r.next();
                return new Lease(r.getString(1), r.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Res checkout(User u, String key, long sku) {
        try {
            return lb.post("/checkout", u.token(), "{\"idempotencyKey\":\"" + key + "\",\"paymentMethod\":\"sandbox-card\","
                    + "\"paymentToken\":\"4242424242424242\",\"shipTo\":{\"name\":\"Mei\",\"phone\":\"13800000000\","
                    + "\"line\":\"88 Nanjing Rd\",\"city\":\"Shanghai\",\"postalCode\":\"200001\",\"country\":\"CN\"},"
                    + "\"items\":[{\"skuId\":" + sku + ",\"quantity\":1}]}");
        } catch (RuntimeException e) {
            return new Res(-1, null, null);
        }
    }

    private static int sellerPaid(User seller) {
        Res r = lb.get("/shops/mine/orders?state=PAID&limit=100", seller.token());
        return r.status() == 200 ? r.obj().getJsonArray("items").size() : -1;
    }

    private static List<Long> found(ApiClient api, String word) {
        Res r = api.get("/search/notes?q=" + word + "&limit=50", null);
        return r.status() == 200 ? r.obj().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getJsonNumber("id").longValue()).toList() : List.of();
    }

    /** Each node a data folder of its own, as on a machine of its own: nothing may be shared through it. */
    private static Map<String, String> ownDataFolder(Map<String, String> env, String node) throws java.io.IOException {
        Map<String, String> own = new HashMap<>(env);
        own.put("NOTEGARDEN_DATA_DIR", Files.createDirectories(work.resolve(node).resolve("data")).toString());
        return own;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String hostPort(ServerProcess node) {
        return node.baseUrl().replace("http://", "");
    }

    private static void script(String command, Object... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("src", "test", "scripts", "nginx.sh").toString(), command,
                work.resolve("nginx").toString()));
        for (Object a : args) {
            cmd.add(String.valueOf(a));
        }
        // Into a log of its own: a child writing to the test JVM's own stdout corrupts failsafe's
        // channel to it, and the run then ends without its summary (BUILD FAILURE after 6/6 passed).
        Path log = work.resolve("nginx.sh.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(1, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("nginx.sh " + command + " failed; see " + log);
        }
    }
}
