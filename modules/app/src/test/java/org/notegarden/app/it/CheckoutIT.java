package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Buying through the REST API with the example plugins: server-side pricing with promotion,
 * shipping and tax plugins, sandbox payment, idempotent retries, declines and time-outs that
 * release stock, refused bad input, and a flash sale that never oversells.
 */
@WholeApp
class CheckoutIT {
    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        admin = api.adminToken();
    }

    /** An approved EUR shop with one two-variant product. */
    record Shop(User owner, long productId, long skuA, long skuB) {
    }

    private Shop openShop(int stockA, int stockB) {
        User owner = api.register("seller");
        Res applied = api.post("/shops", owner.token(), "{\"name\":\"Berlin Tea\",\"currency\":\"EUR\",\"legalName\":\"Berlin Tea GmbH\","
                + "\"address\":\"Teestr. 1, Berlin\",\"contactEmail\":\"shop@tea.example\",\"registrationNumber\":\"HRB 1\",\"selfCertified\":true}");
        long shopId = applied.obj().getJsonNumber("id").longValue();
        assertEquals(200, api.post("/admin/shops/" + shopId + "/decision", admin, "{\"approve\":true}").status());
        Res product = api.post("/products", owner.token(), "{\"titleEn\":\"Sencha\",\"category\":\"food\",\"status\":\"ACTIVE\",\"skus\":["
                + "{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":" + stockA + "},"
                + "{\"code\":\"B\",\"options\":{\"size\":\"100g\"},\"price\":9000,\"stock\":" + stockB + "}]}");
        assertEquals(201, product.status(), product.toString());
        long productId = product.obj().getJsonNumber("id").longValue();
        return new Shop(owner, productId, skuId(productId, "A"), skuId(productId, "B"));
    }

    private long skuId(long productId, String code) {
        Res p = api.get("/products/" + productId, null);
        return p.obj().getJsonArray("skus").stream().map(v -> (JsonObject) v).filter(s -> s.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String checkout(String key, long sku, int quantity, String card, String extra) {
        return "{\"idempotencyKey\":\"" + key + "\",\"couponCode\":\"WELCOME10\",\"paymentMethod\":\"sandbox-card\","
                + "\"paymentToken\":\"" + card + "\",\"shipTo\":{\"name\":\"Max\",\"phone\":\"+49 30 1234\",\"line\":\"Unter den Linden 1\","
                + "\"city\":\"Berlin\",\"postalCode\":\"10117\",\"country\":\"DE\"},\"items\":[{\"skuId\":" + sku + ",\"quantity\":"
                + quantity + extra + "}]}";
    }

    private int stock(long productId, String code) {
        return api.get("/products/" + productId, null).obj().getJsonArray("skus").stream().map(v -> (JsonObject) v)
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getInt("stock");
    }

    @Test
    void pricedOnTheServerPaidOnceAndRetriedSafely() {
        Shop shop = openShop(10, 5);
        User buyer = api.register("buyer");
        String key = UUID.randomUUID().toString();
        Res paid = api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), 2, "4242424242424242", ",\"price\":1"));
        assertEquals(201, paid.status(), paid.toString());
        JsonObject order = paid.obj();
        assertEquals("PAID", order.getString("state"));
        JsonObject b = order.getJsonObject("breakdown");
        assertEquals(10000, b.getInt("subtotal"), "2 x 50.00 from the catalog; the client's price is ignored");
        assertEquals(-1000, b.getJsonArray("discounts").getJsonObject(0).getInt("amount"), "WELCOME10");
        assertEquals(1290, b.getJsonObject("shipping").getInt("amount"), "EU rate under the free-shipping threshold");
        assertEquals(1955, b.getJsonArray("taxes").getJsonObject(0).getInt("amount"), "19 % German VAT on 102.90");
        assertEquals(12245, order.getJsonObject("total").getInt("minor"));
        assertEquals("EUR", order.getJsonObject("total").getString("currency"));
        assertEquals(8, stock(shop.productId(), "A"));

        Res retried = api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), 2, "4242424242424242", ""));
        assertEquals(200, retried.status(), "a retry returns the same order");
        assertEquals(order.getJsonNumber("id").longValue(), retried.obj().getJsonNumber("id").longValue());
        assertEquals(8, stock(shop.productId(), "A"), "and reserves nothing twice");
        Res reused = api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), 1, "4242424242424242", ""));
        assertEquals(422, reused.status(), "the same key for a different purchase is refused, not answered with the old order");
        assertEquals("https://notegarden.dev/problems/idempotency-key-reused", reused.obj().getString("type"));
        assertEquals("idempotencyKey", reused.problemField());
        assertEquals(8, stock(shop.productId(), "A"));

        Res fractional = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", "")
                .replace("\"quantity\":1", "\"quantity\":1.5"));
        assertEquals(422, fractional.status(), "1.5 is refused, not truncated to 1: " + fractional);
        assertEquals("items[0].quantity", fractional.problemField());
        assertEquals(8, stock(shop.productId(), "A"), "and nothing is ordered");
        Res cartFraction = api.put("/cart/items/" + shop.skuA(), buyer.token(), "{\"quantity\":2.5}");
        assertEquals(422, cartFraction.status(), cartFraction.toString());
        assertEquals("quantity", cartFraction.problemField());

        long orderId = order.getJsonNumber("id").longValue();
        assertEquals(200, api.get("/orders/" + orderId, buyer.token()).status());
        assertEquals(200, api.get("/orders/" + orderId, shop.owner().token()).status(), "the seller sees it");
        assertEquals(404, api.get("/orders/" + orderId, api.register("nosy").token()).status());
        assertEquals(401, api.get("/orders/" + orderId, null).status());
        assertEquals(403, api.post("/checkout", shop.owner().token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1,
                "4242424242424242", "")).status(), "no buying from one's own shop");
    }

    @Test
    void aNoteLeadsToACartToAnOrderAndTheMerchantSeesSalesPerNote() {
        Shop shop = openShop(10, 10);
        User creator = api.register("creator");
        long noteId = api.publishNote(creator, "My favourite sencha 最爱的煎茶", "So fresh #tea");
        User buyer = api.register("reader");
        api.put("/cart/items/" + shop.skuA(), buyer.token(), "{\"quantity\":2,\"noteId\":" + noteId + "}");
        api.put("/cart/items/" + shop.skuB(), buyer.token(), "{\"quantity\":1}");
        String body = checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", "")
                .replaceAll("\"items\":\\[.*\\]", "\"cartShopId\":" + shopIdOf(shop));
        Res order = api.post("/checkout", buyer.token(), body);
        assertEquals(201, order.status(), order.toString());
        assertEquals(2, order.obj().getJsonArray("lines").size(), "the whole cart of that shop");
        assertEquals(noteId, order.obj().getJsonArray("lines").stream().map(v -> (JsonObject) v)
                .filter(l -> l.getJsonNumber("skuId").longValue() == shop.skuA()).findFirst().orElseThrow()
                .getJsonNumber("noteId").longValue(), "the note travels from the cart into the order");
        assertEquals(0, api.get("/cart", buyer.token()).obj().getInt("items"));
        assertField(api.post("/checkout", buyer.token(), body.replace(order.obj().getString("shopName"), "x")
                .replaceAll("\"idempotencyKey\":\"[^\"]+\"", "\"idempotencyKey\":\"" + UUID.randomUUID() + "\"")), 422, "cartShopId");

        Res sales = api.get("/shops/mine/attribution", shop.owner().token());
        assertEquals(200, sales.status(), sales.toString());
        JsonObject row = sales.json().asJsonArray().getJsonObject(0);
        assertEquals(noteId, row.getJsonNumber("noteId").longValue());
        assertEquals("My favourite sencha 最爱的煎茶", row.getString("noteTitle"));
        assertEquals(1, row.getInt("orders"));
        assertEquals(2, row.getInt("units"));
        assertEquals(10000, row.getInt("revenueMinor"));
        assertEquals(404, api.get("/shops/mine/attribution", buyer.token()).status());
    }

    private long shopIdOf(Shop shop) {
        return api.get("/products/" + shop.productId(), null).obj().getJsonObject("shop").getJsonNumber("id").longValue();
    }

    @Test
    void merchantsChooseWhichPluginsTheirShopUses() {
        Shop shop = openShop(10, 10);
        User buyer = api.register("picky");
        Res list = api.get("/shops/mine/plugins", shop.owner().token());
        assertEquals(200, list.status(), list.toString());
        assertEquals(4, list.json().asJsonArray().size());
        assertEquals(404, api.get("/shops/mine/plugins", buyer.token()).status(), "no shop, no plugin settings");
        assertEquals(404, api.put("/shops/mine/plugins/no-such-plugin", shop.owner().token(), "{\"enabled\":false}").status());

        assertEquals(200, api.put("/shops/mine/plugins/promotions", shop.owner().token(), "{\"enabled\":false}").status());
        Res noCoupon = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 2, "4242424242424242", ""));
        assertEquals(201, noCoupon.status(), noCoupon.toString());
        assertEquals(0, noCoupon.obj().getJsonObject("breakdown").getJsonArray("discounts").size(), "promotions are off for this shop");

        api.put("/shops/mine/plugins/region-shipping", shop.owner().token(), "{\"enabled\":false}");
        assertField(api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", "")),
                422, "shipTo.country");
        api.put("/shops/mine/plugins/region-shipping", shop.owner().token(), "{\"enabled\":true}");
        api.put("/shops/mine/plugins/sandbox-payments", shop.owner().token(), "{\"enabled\":false}");
        assertField(api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", "")),
                422, "paymentMethod");
        assertEquals(8, stock(shop.productId(), "A"), "only the first checkout reserved anything");
    }

    @Test
    void declinedAndTimedOutPaymentsCancelAndReleaseStock() {
        Shop shop = openShop(3, 3);
        User buyer = api.register("unlucky");
        Res declined = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 3, "4000000000000002", ""));
        assertEquals(402, declined.status(), declined.toString());
        assertEquals("paymentToken", declined.problemField());
        assertEquals(3, stock(shop.productId(), "A"), "stock is back");

        Res timedOut = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuB(), 2, "4000000000000259", ""));
        assertEquals(502, timedOut.status(), timedOut.toString());
        assertTrue(timedOut.obj().getString("detail").contains("did not answer in time"));
        assertEquals(3, stock(shop.productId(), "B"), "stock is back");
        List<String> states = api.get("/orders", buyer.token()).obj().getJsonArray("items").stream()
                .map(v -> ((JsonObject) v).getString("state")).toList();
        assertEquals(List.of("CANCELLED", "CANCELLED"), states);
    }

    @Test
    void badInputIsRefusedWithTheField() {
        Shop shop = openShop(5, 5);
        User buyer = api.register("typo");
        String key = UUID.randomUUID().toString();
        assertField(api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), -1, "4242424242424242", "")), 422, "items[0].quantity");
        assertField(api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), 100000, "4242424242424242", "")), 422, "items[0].quantity");
        assertField(api.post("/checkout", buyer.token(), checkout(key, 987654321L, 1, "4242424242424242", "")), 422, "items[0].skuId");
        assertField(api.post("/checkout", buyer.token(), checkout("short", shop.skuA(), 1, "4242424242424242", "")), 422, "idempotencyKey");
        assertField(api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), 6, "4242424242424242", "")), 409, "items[0].quantity");
        assertField(api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), 1, "4242424242424242", "")
                .replace("\"country\":\"DE\"", "\"country\":\"XX\"")), 422, "shipTo.country");
        assertField(api.post("/checkout", buyer.token(), checkout(key, shop.skuA(), 1, "4242424242424242", "")
                .replace("sandbox-card", "bitcoin")), 422, "paymentMethod");
        assertEquals(5, stock(shop.productId(), "A"), "nothing was reserved by refused requests");
    }

    @Test
    void aSoldOutVariantIsRefusedBeforeTheShopsPluginsPriceIt() {
        Shop shop = openShop(5, 0);
        User buyer = api.register("late");
        // The payment method is chosen among those the shop's plugins offer once the lines are
        // priced, so an unknown one answers 422 only after pricing: a 409 on the quantity shows the
        // sold-out refusal came first and asked no plugin (as in a flash sale, where nearly every
        // buyer is refused).
        assertField(api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuB(), 1,
                "4242424242424242", "").replace("sandbox-card", "bitcoin")), 409, "items[0].quantity");
        assertField(api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1,
                "4242424242424242", "").replace("sandbox-card", "bitcoin")), 422, "paymentMethod");
        assertEquals(5, stock(shop.productId(), "A"), "nothing was reserved by refused requests");
    }

    @Test
    void aFlashSaleOfTenUnitsToTwoHundredBuyersSellsExactlyTen() throws Exception {
        Shop shop = openShop(10, 0);
        long shopId = shopIdOf(shop);
        List<User> buyers = api.registerMany("rush", 200);
        for (int i = 1; i < buyers.size(); i += 2) { // half of them check out from their cart
            api.put("/cart/items/" + shop.skuA(), buyers.get(i).token(), "{\"quantity\":1}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < buyers.size(); i++) {
                User u = buyers.get(i);
                String body = checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", "");
                String sent = i % 2 == 1 ? body.replaceAll("\"items\":\\[.*\\]", "\"cartShopId\":" + shopId) : body;
                results.add(pool.submit(() -> api.post("/checkout", u.token(), sent).status()));
            }
            int sold = 0;
            int soldOut = 0;
            for (int i = 0; i < buyers.size(); i++) {
                int status = results.get(i).get();
                User u = buyers.get(i);
                int orders = api.get("/orders", u.token()).obj().getJsonArray("items").size();
                if (status == 201) {
                    sold++;
                    assertEquals(1, orders, "a buyer answered 201 has the order");
                } else if (status == 409) {
                    soldOut++;
                    assertEquals(0, orders, "a refused buyer has no order, not even a cancelled one");
                    if (i % 2 == 1) {
                        assertEquals(1, api.get("/cart", u.token()).obj().getInt("items"), "a refused cart keeps its line");
                    }
                } else {
                    throw new AssertionError("unexpected status " + status);
                }
            }
            assertEquals(10, sold);
            assertEquals(190, soldOut);
        } finally {
            pool.shutdown();
        }
        assertEquals(0, stock(shop.productId(), "A"));
    }

    /**
     * A popular variant's row is updated by every buyer: on PostgreSQL its table keeps nine tenths
     * of each page free, so PostgreSQL prunes the row's dead versions on nearly every visit instead
     * of only once a page is full (app README, checkout benchmark: 273 -> 413-418 orders/s).
     */
    @Test
    void onPostgreSqlTheVariantsTablePrunesItsRowVersionsOnNearlyEveryVisit() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "fill factor is PostgreSQL's");
        try (var db = TestDatabase.open(); var sql = db.createStatement();
             var rows = sql.executeQuery("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'co_sku'")) {
            assertTrue(rows.next());
            assertEquals("fillfactor=10", rows.getString(1));
        }
    }

    /**
     * On PostgreSQL (pg_stat_statements, which the test cluster loads) a checkout reads no shop row
     * of its own (the variants' statement brings what is needed of their shop), reads the shop's
     * plugin choices only while they are not kept, locks the order it pays in the statement that
     * reads it rather than in a second one, and takes no key-share lock on the variant or the shop
     * through a foreign key (commerce vendor migration V21; app README, checkout benchmark).
     */
    @Test
    void onPostgreSqlACheckoutReadsNoShopRowAndLocksItsOrderAsItReadsIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "pg_stat_statements is PostgreSQL's");
        Shop shop = openShop(10, 10);
        User buyer = api.register("counted");
        String noCoupon = "\"couponCode\":\"WELCOME10\",";
        Res first = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", "")
                .replace(noCoupon, ""));
        assertEquals(201, first.status(), first.toString());
        java.util.Map<String, Long> before = PgStatements.calls();
        for (int i = 0; i < 3; i++) {
            Res r = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", "")
                    .replace(noCoupon, ""));
            assertEquals(201, r.status(), r.toString());
            assertEquals("Berlin Tea", r.obj().getString("shopName"), "the name buyers see, read with the variant");
        }
        java.util.Map<String, Long> after = PgStatements.calls();
        long shopRows = PgStatements.callsSince(before, after, "(?s).*from co_shop s\\d+_0 where.*");
        long pluginChoices = PgStatements.callsSince(before, after, "(?s).*FROM co_shop_plugin WHERE.*");
        long secondLock = PgStatements.callsSince(before, after, "(?s)select id from co_order where id=\\$1 and version=\\$2 for .*");
        long keyShares = PgStatements.callsSince(before, after, "(?s).*\"co_(sku|shop)\" x WHERE .*FOR KEY SHARE.*");
        assertEquals(0, shopRows, "three checkouts read no shop row");
        assertTrue(pluginChoices <= 1, "the shop's plugin choices are kept (read again at most once, when they age out): "
                + pluginChoices);
        assertEquals(0, secondLock, "the paid order is locked as it is read, not by a second statement");
        assertEquals(0, keyShares, "no foreign key makes every buyer lock the popular variant or its shop for key share");
    }

    /** On PostgreSQL no foreign key guards the variant an order line names or an order's shop: the database refuses to delete them. */
    @Test
    void onPostgreSqlVariantsAndShopsAreNeverDeleted() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "the refusal is a PostgreSQL trigger");
        Shop shop = openShop(1, 1);
        long shopId = shopIdOf(shop);
        try (var db = TestDatabase.open(); var sql = db.createStatement()) {
            for (String delete : List.of("DELETE FROM co_sku WHERE id = " + shop.skuB(), "DELETE FROM co_shop WHERE id = " + shopId)) {
                java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> sql.executeUpdate(delete), delete);
                assertTrue(refused.getMessage().contains("never deleted"), refused.getMessage());
            }
        }
        assertEquals(1, stock(shop.productId(), "B"), "still there");
    }

    private long buy(User buyer, long sku, int quantity) {
        Res r = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), sku, quantity, "4242424242424242", ""));
        assertEquals(201, r.status(), r.toString());
        return r.obj().getJsonNumber("id").longValue();
    }

    private String state(User who, long orderId) {
        return api.get("/orders/" + orderId, who.token()).obj().getString("state");
    }

    @Test
    void ordersMoveThroughShippingReceiptCancellationAndRefunds() {
        Shop shop = openShop(10, 10);
        User buyer = api.register("loop");
        User stranger = api.register("stranger");

        Res carted = api.put("/cart/items/" + shop.skuA(), buyer.token(), "{\"quantity\":1,\"noteId\":42}");
        assertEquals(200, carted.status(), carted.toString());
        assertEquals(1, carted.obj().getInt("items"));
        assertEquals(5000, carted.obj().getJsonArray("shops").getJsonObject(0).getJsonObject("subtotal").getInt("minor"));
        assertEquals(422, api.put("/cart/items/" + shop.skuA(), buyer.token(), "{\"quantity\":0}").status());
        assertEquals(404, api.put("/cart/items/987654321", buyer.token(), "{\"quantity\":1}").status());
        assertEquals(401, api.get("/cart", null).status());
        assertEquals(0, api.get("/cart", stranger.token()).obj().getInt("items"), "carts are private");

        long shipped = buy(buyer, shop.skuA(), 1);
        assertEquals(0, api.get("/cart", buyer.token()).obj().getInt("items"), "bought items leave the cart");
        assertEquals(403, api.post("/orders/" + shipped + "/ship", buyer.token(), "{\"carrier\":\"DHL\",\"trackingNumber\":\"1\"}").status());
        assertEquals(404, api.post("/orders/" + shipped + "/ship", stranger.token(), "{\"carrier\":\"DHL\",\"trackingNumber\":\"1\"}").status());
        assertEquals(422, api.post("/orders/" + shipped + "/ship", shop.owner().token(), "{\"carrier\":\"\"}").status());
        Res ok = api.post("/orders/" + shipped + "/ship", shop.owner().token(), "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD0001\"}");
        assertEquals("SHIPPED", ok.obj().getString("state"), ok.toString());
        assertEquals("JD0001", ok.obj().getString("trackingNumber"));
        assertEquals(409, api.post("/orders/" + shipped + "/ship", shop.owner().token(), "{\"carrier\":\"DHL\",\"trackingNumber\":\"2\"}").status());
        assertEquals(409, api.post("/orders/" + shipped + "/cancel", buyer.token(), null).status(), "no cancelling after shipment");
        assertEquals("RECEIVED", api.post("/orders/" + shipped + "/confirm-receipt", buyer.token(), null).obj().getString("state"));
        assertEquals(422, api.post("/orders/" + shipped + "/refund-request", buyer.token(), "{\"reason\":\"\"}").status());
        assertEquals("REFUND_REQUESTED", api.post("/orders/" + shipped + "/refund-request", buyer.token(),
                "{\"reason\":\"The tin arrived dented\"}").obj().getString("state"));
        assertEquals("RECEIVED", api.post("/orders/" + shipped + "/refund-decision", shop.owner().token(), "{\"approve\":false}")
                .obj().getString("state"), "a denied request returns to where it was");

        int before = stock(shop.productId(), "B");
        long cancelled = buy(buyer, shop.skuB(), 2);
        assertEquals(before - 2, stock(shop.productId(), "B"));
        assertEquals("CANCELLED", api.post("/orders/" + cancelled + "/cancel", buyer.token(), null).obj().getString("state"));
        assertEquals(before, stock(shop.productId(), "B"), "a cancelled paid order is refunded and its stock returns");

        long refunded = buy(buyer, shop.skuB(), 1);
        api.post("/orders/" + refunded + "/refund-request", buyer.token(), "{\"reason\":\"Changed my mind\"}");
        assertEquals(403, api.post("/orders/" + refunded + "/refund-decision", buyer.token(), "{\"approve\":true}").status());
        Res approved = api.post("/orders/" + refunded + "/refund-decision", shop.owner().token(), "{\"approve\":true}");
        assertEquals("REFUNDED", approved.obj().getString("state"), approved.toString());
        assertEquals(before, stock(shop.productId(), "B"), "never shipped, so the stock returns");

        Res sellerView = api.get("/shops/mine/orders?state=REFUNDED", shop.owner().token());
        assertEquals(1, sellerView.obj().getJsonArray("items").size());
        assertEquals(404, api.get("/shops/mine/orders", stranger.token()).status());
    }

    private static void assertField(Res r, int status, String field) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertEquals(field, r.problemField(), r.toString());
    }

    @Test
    void aOncePerBuyerCouponIsRedeemedOnceEvenWhenTheBuyerChecksOutTwiceAtOnce() throws Exception {
        Shop shop = openShop(40, 40);
        User buyer = api.register("hurry");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Res>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(pool.submit(() -> api.post("/checkout", buyer.token(),
                        checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", ""))));
            }
            int discounted = 0;
            for (Future<Res> f : tries) {
                Res r = f.get();
                assertEquals(201, r.status(), r.toString());
                discounted += r.obj().getJsonObject("breakdown").getJsonArray("discounts").size();
            }
            assertEquals(1, discounted, "WELCOME10 (once per buyer) applied to exactly one of 8 simultaneous orders");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCouponIsRedeemedOncePerBuyerAndEveryRedemptionIsAudited() {
        Shop shop = openShop(10, 10);
        User buyer = api.register("coupon");
        Res first = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", ""));
        assertEquals(201, first.status(), first.toString());
        assertEquals("coupon:WELCOME10", first.obj().getJsonObject("breakdown").getJsonArray("discounts").getJsonObject(0).getString("code"));
        Res second = api.post("/checkout", buyer.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", ""));
        assertEquals(201, second.status(), second.toString());
        assertEquals(0, second.obj().getJsonObject("breakdown").getJsonArray("discounts").size(),
                "WELCOME10 works once per buyer: " + second);

        User other = api.register("coupon");
        Res declined = api.post("/checkout", other.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4000000000000002", ""));
        assertEquals(402, declined.status(), "a declined payment cancels the order");
        Res afterDecline = api.post("/checkout", other.token(), checkout(UUID.randomUUID().toString(), shop.skuA(), 1, "4242424242424242", ""));
        assertEquals(1, afterDecline.obj().getJsonObject("breakdown").getJsonArray("discounts").size(),
                "a cancelled order gives its redemption back");

        var audit = api.get("/shops/mine/coupon-redemptions", shop.owner().token()).json().asJsonArray();
        assertEquals(3, audit.size(), audit.toString());
        assertEquals(1, audit.stream().map(v -> (JsonObject) v).filter(r -> r.getString("orderState").equals("CANCELLED")).count());
        assertTrue(audit.stream().map(v -> (JsonObject) v).allMatch(r -> r.getString("code").equals("WELCOME10") && r.getInt("amountMinor") == 500));
        assertEquals(404, api.get("/shops/mine/coupon-redemptions", buyer.token()).status(), "a buyer has no shop to audit");
    }
}
