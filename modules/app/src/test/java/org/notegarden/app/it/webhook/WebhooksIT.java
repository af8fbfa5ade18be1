package org.notegarden.app.it.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.TestImages;
import org.notegarden.app.it.WholeApp;

/**
 * Signed webhooks against a real receiver on a local port that checks every signature: a shop's
 * endpoint hears of its orders, stock and reviews after they commit; a receiver that fails twice
 * gets the event a third time, and the delivery log shows all three answers; a delivery can be
 * replayed; endpoints are their owner's only and checked like any request body; an admin's
 * platform-wide endpoint hears of every shop. (The servers of the ITs allow receivers on
 * loopback and retry after 1 s; production allows neither.)
 */
@WholeApp
class WebhooksIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static WebhookReceiver receiver;

    ApiClient api;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aShopsEndpointHearsOfItsOrdersSignedRetriedAndReplayed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        User merchant = api.register("hookshop");
        long shopId = api.approvedShop(api.adminToken(), merchant, "Hook Tea " + tag, "CNY");
        JsonObject product = api.post("/products", merchant.token(), "{\"titleEn\":\"Last Oolong\",\"category\":\"food\","
                + "\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"ONE\",\"options\":{},\"price\":3000,\"stock\":1}]}").obj();
        long productId = product.getJsonNumber("id").longValue();
        long skuId = ApiClient.id(product.getJsonArray("skus").getJsonObject(0).get("id"));

        String orders = "orders-" + tag;
        String stock = "stock-" + tag;
        JsonObject ordersEndpoint = register(merchant, "/shops/mine/webhooks", orders, "order.paid", "order.shipped", "review.posted");
        long ordersId = ordersEndpoint.getJsonNumber("id").longValue();
        register(merchant, "/shops/mine/webhooks", stock, "product.out_of_stock");
        receiver.failNext(orders, 500, 503);

        // The buyer pays: the receiver refuses twice, then takes it; every call was signed.
        User buyer = api.register("hookbuyer");
        Res paid = api.buyOne(buyer, skuId);
        assertEquals(201, paid.status(), paid.toString());
        long orderId = paid.obj().getJsonNumber("id").longValue();
        List<WebhookReceiver.Received> paidCalls = Eventually.await(PATIENCE, () -> receiver.at(orders), l -> l.size() >= 3);
        assertEquals(List.of(500, 503, 204), paidCalls.stream().map(WebhookReceiver.Received::answered).toList(), paidCalls.toString());
        assertTrue(paidCalls.stream().allMatch(WebhookReceiver.Received::signatureValid), "every try is signed");
        assertEquals(1, paidCalls.stream().map(WebhookReceiver.Received::eventId).distinct().count(), "one event, tried three times");
        JsonObject event = paidCalls.get(2).body();
        assertEquals("order.paid", event.getString("type"));
        assertEquals(paidCalls.get(2).eventId(), event.getString("id"));
        assertEquals(shopId, event.getJsonNumber("shopId").longValue());
        JsonObject order = event.getJsonObject("data").getJsonObject("order");
        assertEquals(orderId, order.getJsonNumber("id").longValue());
        assertEquals(3000, order.getJsonArray("lines").getJsonObject(0).getInt("unitPriceMinor"));
        assertEquals("Shanghai", order.getJsonObject("shipTo").getString("city"));

        // The sold-out variant goes to the endpoint that listens for stock, and only there.
        List<WebhookReceiver.Received> soldOut = Eventually.await(PATIENCE, () -> receiver.at(stock), l -> !l.isEmpty());
        assertEquals("product.out_of_stock", soldOut.get(0).eventType());
        assertEquals(skuId, soldOut.get(0).body().getJsonObject("data").getJsonObject("product").getJsonNumber("skuId").longValue());
        assertEquals(productId, soldOut.get(0).body().getJsonObject("data").getJsonObject("product").getJsonNumber("id").longValue());

        // The delivery log shows each try's answer and the exact body sent.
        JsonObject delivery = api.get("/shops/mine/webhooks/" + ordersId + "/deliveries", merchant.token()).obj()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("DELIVERED", delivery.getString("state"));
        assertEquals(3, delivery.getInt("attempts"));
        assertEquals(204, delivery.getInt("lastStatus"));
        long deliveryId = delivery.getJsonNumber("id").longValue();
        JsonObject detail = api.get("/shops/mine/webhooks/" + ordersId + "/deliveries/" + deliveryId, merchant.token()).obj();
        assertEquals(List.of(500, 503, 204), detail.getJsonArray("attempts").stream()
                .map(a -> a.asJsonObject().getInt("status")).toList());
        assertTrue(detail.getJsonArray("attempts").getJsonObject(0).getString("error").startsWith("HTTP 500"), detail.toString());
        assertEquals(event, Json.createReader(new java.io.StringReader(detail.getString("body"))).readObject());

        // Shipping and the buyer's verified review follow, each once.
        assertEquals(200, api.post("/orders/" + orderId + "/ship", merchant.token(),
                "{\"carrier\":\"SF\",\"trackingNumber\":\"SF-" + tag + "\"}").status());
        assertEquals(200, api.post("/orders/" + orderId + "/confirm-receipt", buyer.token(), null).status());
        long photo = api.upload(buyer, TestImages.png(320, 240), "image/png");
        Res review = api.post("/notes", buyer.token(), Json.createObjectBuilder().add("title", "Worth every cent")
                .add("body", "#tea").add("publish", true).add("mediaIds", Json.createArrayBuilder().add(photo))
                .add("review", Json.createObjectBuilder().add("orderId", orderId).add("skuId", skuId).add("rating", 5))
                .build().toString());
        assertEquals(201, review.status(), review.toString());
        List<WebhookReceiver.Received> all = Eventually.await(PATIENCE, () -> receiver.at(orders),
                l -> l.stream().anyMatch(r -> "review.posted".equals(r.eventType())));
        JsonObject shipped = all.stream().filter(r -> "order.shipped".equals(r.eventType())).findFirst().orElseThrow().body();
        assertEquals("SF-" + tag, shipped.getJsonObject("data").getJsonObject("order").getString("trackingNumber"));
        JsonObject posted = all.stream().filter(r -> "review.posted".equals(r.eventType())).findFirst().orElseThrow().body()
                .getJsonObject("data").getJsonObject("review");
        assertEquals(review.obj().getJsonNumber("id").longValue(), posted.getJsonNumber("noteId").longValue());
        assertEquals(5, posted.getInt("rating"));
        assertEquals(Set.of("order.paid", "order.shipped", "review.posted"),
                all.stream().map(WebhookReceiver.Received::eventType).collect(Collectors.toSet()),
                "only what the endpoint listens for (not placed, received or stock)");

        // A replay sends the same event again, as a new delivery.
        Res replay = api.post("/shops/mine/webhooks/" + ordersId + "/deliveries/" + deliveryId + "/replay", merchant.token(), null);
        assertEquals(202, replay.status(), replay.toString());
        assertEquals(deliveryId, replay.obj().getJsonNumber("replayOf").longValue());
        List<WebhookReceiver.Received> again = Eventually.await(PATIENCE, () -> paidCallsOf(orders), l -> l.size() >= 4);
        assertEquals(4, again.size(), again.toString());
        assertEquals(paidCalls.get(0).eventId(), again.get(3).eventId(), "the replay carries the event's id");
        assertNotEquals(paidCalls.get(2).deliveryId(), again.get(3).deliveryId());
        assertTrue(again.get(3).signatureValid());
    }

    @Test
    void endpointsAreTheOwnersOnlyAndCheckedLikeAnyBody() {
        User merchant = api.register("hookowner");
        api.approvedShop(api.adminToken(), merchant, "Hook Owner " + UUID.randomUUID().toString().substring(0, 8), "CNY");
        String name = "owned-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject created = register(merchant, "/shops/mine/webhooks", name, "order.paid");
        long id = created.getJsonNumber("id").longValue();
        String secret = created.getString("secret");

        // The secret is shown once; the list shows only its end.
        Res list = api.get("/shops/mine/webhooks", merchant.token());
        assertEquals(200, list.status());
        assertFalse(list.raw().body().contains(secret), "the list never shows the secret");
        assertEquals(secret.substring(secret.length() - 4), list.json().asJsonArray().getJsonObject(0).getString("secretEnding"));

        // Bad input: 422 naming each field.
        String url = receiver.url(name);
        assertField(api.post("/shops/mine/webhooks", merchant.token(), "{\"url\":\"" + url + "\",\"events\":[\"order.paid\",\"order.teleported\"]}"),
                "events[1]");
        assertField(api.post("/shops/mine/webhooks", merchant.token(), "{\"events\":[\"order.paid\"]}"), "url");
        assertField(api.post("/shops/mine/webhooks", merchant.token(), "{\"url\":\"ftp://example.com/x\",\"events\":[\"order.paid\"]}"),
                "url");
        assertField(api.post("/shops/mine/webhooks", merchant.token(), "{\"url\":\"" + url + "\",\"events\":[]}"), "events");

        // Another merchant, someone without a shop, a stranger: none reaches it.
        User rival = api.register("hookrival");
        api.approvedShop(api.adminToken(), rival, "Hook Rival " + UUID.randomUUID().toString().substring(0, 8), "CNY");
        assertEquals(404, api.get("/shops/mine/webhooks/" + id + "/deliveries", rival.token()).status());
        assertEquals(404, api.put("/shops/mine/webhooks/" + id, rival.token(), "{\"url\":\"" + url + "\",\"events\":[\"order.paid\"]}")
                .status());
        assertEquals(404, api.delete("/shops/mine/webhooks/" + id, rival.token()).status());
        assertTrue(api.get("/shops/mine/webhooks", rival.token()).json().asJsonArray().isEmpty());
        Res noShop = api.get("/shops/mine/webhooks", api.register("hooknobody").token());
        assertEquals(404, noShop.status());
        assertEquals("shop", noShop.problemField());
        assertEquals(401, api.get("/shops/mine/webhooks", null).status());
        assertEquals(403, api.get("/admin/webhooks", merchant.token()).status());

        // The owner switches it off and on, then removes it with its log.
        Res off = api.put("/shops/mine/webhooks/" + id, merchant.token(),
                "{\"url\":\"" + url + "\",\"events\":[\"order.paid\",\"order.refunded\"],\"active\":false}");
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.obj().getBoolean("active"));
        assertEquals(List.of("order.paid", "order.refunded"),
                off.obj().getJsonArray("events").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(204, api.delete("/shops/mine/webhooks/" + id, merchant.token()).status());
        assertEquals(404, api.get("/shops/mine/webhooks/" + id + "/deliveries", merchant.token()).status());
    }

    @Test
    void anAdminsPlatformEndpointHearsOfEveryShop() {
        String admin = api.adminToken();
        String name = "platform-" + UUID.randomUUID().toString().substring(0, 8);
        long id = register(admin, "/admin/webhooks", name, "order.placed").getJsonNumber("id").longValue();
        try {
            long first = buyFromNewShop("hookfirst");
            long second = buyFromNewShop("hooksecond");
            List<WebhookReceiver.Received> heard = Eventually.await(PATIENCE, () -> receiver.at(name), l -> orderIds(l).containsAll(
                    Set.of(first, second)));
            assertTrue(orderIds(heard).containsAll(Set.of(first, second)), heard.toString());
            assertTrue(heard.stream().allMatch(r -> r.signatureValid() && "order.placed".equals(r.eventType())));
            assertTrue(api.get("/admin/webhooks", admin).json().asJsonArray().stream()
                    .anyMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == id));
        } finally {
            assertEquals(204, api.delete("/admin/webhooks/" + id, admin).status());
        }
    }

    private long buyFromNewShop(String prefix) {
        User merchant = api.register(prefix);
        api.approvedShop(api.adminToken(), merchant, prefix + " " + UUID.randomUUID().toString().substring(0, 8), "CNY");
        JsonObject product = api.post("/products", merchant.token(), "{\"titleEn\":\"Sencha\",\"category\":\"food\","
                + "\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":1500,\"stock\":9}]}").obj();
        Res paid = api.buyOne(api.register(prefix + "b"), ApiClient.id(product.getJsonArray("skus").getJsonObject(0).get("id")));
        assertEquals(201, paid.status(), paid.toString());
        return paid.obj().getJsonNumber("id").longValue();
    }

    private static Set<Long> orderIds(List<WebhookReceiver.Received> calls) {
        return calls.stream().map(r -> r.body().getJsonObject("data")).filter(d -> d != null && d.containsKey("order"))
                .map(d -> d.getJsonObject("order").getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private List<WebhookReceiver.Received> paidCallsOf(String name) {
        return receiver.at(name).stream().filter(r -> "order.paid".equals(r.eventType())).toList();
    }

    private JsonObject register(User owner, String path, String name, String... events) {
        return register(owner.token(), path, name, events);
    }

    /** Registers {@code name}'s endpoint and hands the receiver its secret. */
    private JsonObject register(String token, String path, String name, String... events) {
        var list = Json.createArrayBuilder();
        List.of(events).forEach(list::add);
        Res r = api.post(path, token, Json.createObjectBuilder().add("url", receiver.url(name)).add("description", "IT " + name)
                .add("events", list).build().toString());
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.obj().getString("secret").startsWith("whsec_"));
        assertTrue(r.obj().getBoolean("active"));
        receiver.secret(name, r.obj().getString("secret"));
        return r.obj();
    }

    private static void assertField(Res r, String field) {
        assertEquals(422, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").split(";")[0]);
        assertTrue(r.obj().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> field.equals(e.getString("field"))), r.toString());
    }
}
