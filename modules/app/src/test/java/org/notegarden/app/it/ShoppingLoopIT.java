package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.itplugin.OrderLogPlugin;

/**
 * The closed loop of the product, through the REST API on the real WAR with the example plugins:
 * a creator tags a product in a note → the reader opens the product from the note → cart →
 * price preview with promotion, shipping and tax plugins → pay → the merchant ships → the buyer
 * confirms receipt → the buyer posts a review note with the "verified purchase" badge, which
 * then features on the product page; order listeners hear every step after it commits.
 */
@WholeApp
class ShoppingLoopIT {
    ApiClient api;

    @Test
    void fromANoteToAVerifiedReview() throws Exception {
        String admin = api.adminToken();
        Path orderLog = installOrderLogPlugin(api, admin);
        try {
            loop(api, admin, orderLog);
        } finally {
            // The plugins folder is shared with the run command: leave it as the build made it.
            PluginJars.remove("order-log");
            api.post("/admin/plugins/reload", admin, null);
        }
    }

    private void loop(ApiClient api, String admin, Path orderLog) throws Exception {

        // A merchant with an approved EUR shop and one product with an image.
        User merchant = api.register("teashop");
        long shopId = api.approvedShop(admin, merchant, "Leaf & Cup", "EUR");
        // A newly installed third-party plugin is off until the merchant turns it on; the examples start on.
        Res choices = api.get("/shops/mine/plugins", merchant.token());
        assertTrue(choices.json().asJsonArray().stream().map(v -> (JsonObject) v)
                .anyMatch(p -> p.getString("id").equals("order-log") && !p.getBoolean("enabled")), choices.toString());
        assertTrue(choices.json().asJsonArray().stream().map(v -> (JsonObject) v)
                .anyMatch(p -> p.getString("id").equals("promotions") && p.getBoolean("enabled")), choices.toString());
        assertEquals(200, api.put("/shops/mine/plugins/order-log", merchant.token(), "{\"enabled\":true}").status());
        long image = api.upload(merchant, TestImages.png(400, 400), "image/png");
        Res created = api.post("/products", merchant.token(), "{\"titleEn\":\"Gyokuro\",\"titleZh\":\"玉露\",\"category\":\"food\","
                + "\"status\":\"ACTIVE\",\"imageMediaIds\":[" + image + "],\"skus\":["
                + "{\"code\":\"50G\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":5}]}");
        assertEquals(201, created.status(), created.toString());
        long productId = created.obj().getJsonNumber("id").longValue();
        long skuId = ApiClient.id(created.obj().getJsonArray("skus").getJsonObject(0).get("id"));
        long draftId = api.post("/products", merchant.token(), "{\"titleEn\":\"Secret blend\",\"category\":\"food\",\"skus\":["
                + "{\"code\":\"X\",\"options\":{},\"price\":100,\"stock\":1}]}").obj().getJsonNumber("id").longValue();

        // The product page speaks the buyer's language (badge) and currency (estimate).
        Res zh = api.execute(HttpRequest.newBuilder(URI.create(api.base() + "/products/" + productId + "?currency=CNY"))
                .header("Accept-Language", "zh-CN").build());
        assertTrue(zh.obj().getJsonArray("badges").stream().map(v -> ((JsonObject) v).getString("label")).toList()
                .contains("满199减20"), zh.toString());
        assertEquals("CNY", zh.obj().getJsonObject("priceFromEstimate").getString("currency"));

        // A creator tags the product; a draft product or an unknown id cannot be tagged.
        User creator = api.register("creator");
        long photo = api.upload(creator, TestImages.png(320, 240), "image/png");
        Res refused = api.post("/notes", creator.token(), note("Tea time", photo, List.of(productId, draftId, 987654321L), null));
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.toString().contains("productIds[1]") && refused.toString().contains("productIds[2]"), refused.toString());
        Res tagged = api.post("/notes", creator.token(), note("My gyokuro ritual 玉露", photo, List.of(productId), null));
        assertEquals(201, tagged.status(), tagged.toString());
        long noteId = tagged.obj().getJsonNumber("id").longValue();
        JsonObject card = tagged.obj().getJsonArray("products").getJsonObject(0);
        assertEquals(productId, card.getJsonNumber("id").longValue());
        assertEquals("玉露", card.getString("titleZh"));
        assertEquals(5000, card.getJsonNumber("priceFromMinor").longValue());
        assertTrue(card.getString("imageUrl").startsWith("/api/v1/media/files/"), card.toString());
        assertEquals(noteId, featuring(api, productId).get(0), "the product page lists the note");

        // A reader goes from the note to the cart, previews the price, pays.
        User buyer = api.register("reader");
        assertEquals(200, api.put("/cart/items/" + skuId, buyer.token(), "{\"quantity\":1,\"noteId\":" + noteId + "}").status());
        Res cart = api.get("/cart?currency=USD", buyer.token());
        assertEquals("USD", cart.obj().getJsonArray("shops").getJsonObject(0).getJsonObject("subtotalEstimate").getString("currency"));
        String shipTo = "\"shipTo\":{\"name\":\"Mia\",\"phone\":\"+33 1 2345\",\"line\":\"1 rue de Rivoli\",\"city\":\"Paris\","
                + "\"postalCode\":\"75001\",\"country\":\"FR\"}";
        Res quote = api.post("/checkout/quote?currency=USD", buyer.token(),
                "{" + shipTo + ",\"couponCode\":\"WELCOME10\",\"cartShopId\":" + shopId + "}");
        assertEquals(200, quote.status(), quote.toString());
        JsonObject b = quote.obj().getJsonObject("breakdown");
        assertEquals(5000, b.getInt("subtotal"));
        assertEquals(-500, b.getJsonArray("discounts").getJsonObject(0).getInt("amount"), "WELCOME10");
        assertEquals(1290, b.getJsonObject("shipping").getInt("amount"));
        assertEquals(1158, b.getJsonArray("taxes").getJsonObject(0).getInt("amount"), "20 % French VAT on 57.90");
        assertEquals(6948, quote.obj().getJsonObject("total").getInt("minor"));
        assertEquals("USD", quote.obj().getJsonObject("totalEstimate").getString("currency"));
        assertTrue(quote.obj().getJsonArray("paymentMethods").stream()
                .anyMatch(m -> ((JsonObject) m).getString("id").equals("sandbox-card")), quote.toString());
        assertEquals(5, stock(api, productId), "a quote reserves nothing");

        Res paid = api.post("/checkout", buyer.token(), "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\"," + shipTo
                + ",\"couponCode\":\"WELCOME10\",\"paymentMethod\":\"sandbox-card\",\"paymentToken\":\"4242424242424242\","
                + "\"cartShopId\":" + shopId + "}");
        assertEquals(201, paid.status(), paid.toString());
        assertEquals(6948, paid.obj().getJsonObject("total").getInt("minor"), "the preview was the price");
        long orderId = paid.obj().getJsonNumber("id").longValue();
        assertEquals(noteId, ApiClient.id(paid.obj().getJsonArray("lines").getJsonObject(0).get("noteId")));

        // No review before the goods arrive.
        Res early = api.post("/notes", buyer.token(), note("Too early", api.upload(buyer, TestImages.png(320, 240), "image/png"),
                List.of(), "{\"orderId\":" + orderId + ",\"skuId\":" + skuId + "}"));
        assertEquals(422, early.status(), early.toString());
        assertEquals("review", early.problemField());

        assertEquals(200, api.post("/orders/" + orderId + "/ship", merchant.token(),
                "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD0001\"}").status());
        assertEquals(200, api.post("/orders/" + orderId + "/confirm-receipt", buyer.token(), null).status());

        // The review note: verified, the bought product tagged first, once per item, only by the buyer.
        String review = "{\"orderId\":" + orderId + ",\"skuId\":" + skuId + "}";
        Res stranger = api.post("/notes", creator.token(), note("Not mine", photo, List.of(), review));
        assertEquals(422, stranger.status(), "someone else's order is not reviewable: " + stranger);
        long reviewPhoto = api.upload(buyer, TestImages.png(320, 240), "image/png");
        assertTrue(!api.get("/products/" + productId, null).obj().containsKey("rating")
                || api.get("/products/" + productId, null).obj().isNull("rating"), "no rating before a rated review");
        Res sixStars = api.post("/notes", buyer.token(), note("Too good", reviewPhoto, List.of(),
                review.replace("}", ",\"rating\":6}")));
        assertEquals(422, sixStars.status());
        assertEquals("review.rating", sixStars.problemField());
        Res reviewed = api.post("/notes", buyer.token(), note("Worth it 值得", reviewPhoto, List.of(),
                review.replace("}", ",\"rating\":4}")));
        assertEquals(201, reviewed.status(), reviewed.toString());
        assertTrue(reviewed.obj().getBoolean("verifiedPurchase"));
        assertEquals(productId, reviewed.obj().getJsonNumber("reviewedProductId").longValue());
        JsonObject rating = api.get("/products/" + productId, null).obj().getJsonObject("rating");
        assertEquals(4.0, rating.getJsonNumber("average").doubleValue(), "the product's stars come from verified reviews");
        assertEquals(1, rating.getInt("count"));
        assertEquals(productId, reviewed.obj().getJsonArray("products").getJsonObject(0).getJsonNumber("id").longValue());
        long reviewId = reviewed.obj().getJsonNumber("id").longValue();
        Res twice = api.post("/notes", buyer.token(), note("Again", reviewPhoto, List.of(), review));
        assertEquals(409, twice.status(), twice.toString());
        // Editing cannot drop the reviewed product.
        Res edited = api.put("/notes/" + reviewId, buyer.token(), note("Worth it 值得", reviewPhoto, List.of(), null));
        assertEquals(productId, edited.obj().getJsonArray("products").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(List.of(reviewId, noteId), featuring(api, productId), "newest first, the review included");
        JsonObject reviewCard = api.get("/users/" + buyer.handle() + "/notes", null).obj().getJsonArray("items").getJsonObject(0);
        assertTrue(reviewCard.getBoolean("verifiedPurchase"), "the badge shows on cards too");
        assertFalse(api.get("/notes/" + noteId, null).obj().getBoolean("verifiedPurchase"));

        // Once the product goes off sale its card disappears from the note, which stays.
        assertEquals(200, api.put("/products/" + productId, merchant.token(), "{\"titleEn\":\"Gyokuro\",\"category\":\"food\","
                + "\"status\":\"ARCHIVED\",\"skus\":[{\"code\":\"50G\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":4}]}").status());
        assertTrue(api.get("/notes/" + noteId, null).obj().getJsonArray("products").isEmpty());

        // The merchant sees the sale under the note, and the plugin heard each step after it committed.
        JsonObject perNote = api.get("/shops/mine/attribution", merchant.token()).json().asJsonArray().getJsonObject(0);
        assertEquals(noteId, perNote.getJsonNumber("noteId").longValue());
        // Listeners run on a worker after commit: wait (bounded) for them instead of assuming timing.
        List<String> heard = Eventually.await(Duration.ofSeconds(20), () -> linesStartingWith(orderLog, orderId + ":"),
                l -> l.size() >= 4);
        assertEquals(List.of(orderId + ":PLACED", orderId + ":PAID", orderId + ":SHIPPED", orderId + ":RECEIVED"), heard);
    }

    /**
     * On PostgreSQL (pg_stat_statements) a note page reads its product card — the product, its
     * shop, lowest price, stock and first picture — in one statement. It read the product with its
     * shop, then its variants and its pictures, and a note page with a product cost three times
     * the CPU of one without (commerce JpaProductLookup). The card is then kept for a second
     * (commerce ProductCards), so each page here follows a change of stock, which forgets it.
     */
    @Test
    void onPostgreSqlANotePageReadsItsProductCardInOneStatement() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "pg_stat_statements is PostgreSQL's");
        String admin = api.adminToken();
        User merchant = api.register("onecard");
        api.approvedShop(admin, merchant, "One Card Tea", "EUR");
        String marker = "cardtea" + UUID.randomUUID().toString().substring(0, 8);
        long image = api.upload(merchant, TestImages.png(200, 200), "image/png");
        Res created = api.post("/products", merchant.token(), "{\"titleEn\":\"" + marker + "\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"imageMediaIds\":[" + image + "],\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":900,\"stock\":0},"
                + "{\"code\":\"B\",\"options\":{},\"price\":700,\"stock\":2}]}");
        assertEquals(201, created.status(), created.toString());
        long productId = created.obj().getJsonNumber("id").longValue();
        long photo = api.upload(merchant, TestImages.png(200, 200), "image/png");
        Res tagged = api.post("/notes", merchant.token(), note(marker + " ritual", photo, List.of(productId), null));
        assertEquals(201, tagged.status(), tagged.toString());
        long noteId = tagged.obj().getJsonNumber("id").longValue();
        // The index reads the product and the note after they commit: wait, so its statements are not counted below.
        assertTrue(Eventually.await(Duration.ofSeconds(20), () -> api.get("/search/products?q=" + marker, null).raw().body()
                + api.get("/search/notes?q=" + marker, null).raw().body(), b -> b.contains("\"id\":" + productId) && b.contains("\"id\":" + noteId))
                .contains("\"id\":" + noteId), "indexed");
        api.get("/notes/" + noteId, null);

        String catalogTables = "(?s).*\\bco_(product|sku|product_image)\\b.*";
        for (int stock = 0; stock < 4; stock++) {
            assertEquals(200, api.put("/products/" + productId + "/skus/B/stock", merchant.token(), "{\"stock\":" + stock + "}").status());
            java.util.Map<String, Long> before = PgStatements.calls();
            JsonObject card = api.get("/notes/" + noteId, null).obj().getJsonArray("products").getJsonObject(0);
            java.util.Map<String, Long> after = PgStatements.calls();
            assertEquals(1, PgStatements.callsSince(before, after, catalogTables), "the page after a change: one catalog statement");
            assertEquals(700, card.getJsonNumber("priceFromMinor").longValue(), card.toString());
            assertEquals(stock > 0, card.getBoolean("inStock"), card.toString());
            assertEquals("One Card Tea", card.getString("shopName"));
            assertTrue(card.getString("imageUrl").startsWith("/api/v1/media/files/"), card.toString());
        }
        java.util.Map<String, Long> before = PgStatements.calls();
        for (int i = 0; i < 5; i++) {
            api.get("/notes/" + noteId, null);
        }
        long kept = PgStatements.callsSince(before, PgStatements.calls(), catalogTables);
        assertTrue(kept <= 1, "five pages without a change read the card at most once (it is kept for a second): " + kept);
    }

    private static String note(String title, long mediaId, List<Long> productIds, String review) {
        var b = Json.createObjectBuilder().add("title", title).add("body", "#tea").add("publish", true)
                .add("mediaIds", Json.createArrayBuilder().add(mediaId))
                .add("productIds", Json.createArrayBuilder(productIds));
        String json = b.build().toString();
        return review == null ? json : json.substring(0, json.length() - 1) + ",\"review\":" + review + "}";
    }

    private static List<Long> featuring(ApiClient api, long productId) {
        return api.get("/feed/product/" + productId, null).obj().getJsonArray("items").stream()
                .map(v -> ((JsonObject) v).getJsonNumber("id").longValue()).toList();
    }

    private static int stock(ApiClient api, long productId) {
        return api.get("/products/" + productId, null).obj().getJsonArray("skus").getJsonObject(0).getInt("stock");
    }

    /** Packs {@link OrderLogPlugin} as a partner would ship it and has the server load it. */
    private static Path installOrderLogPlugin(ApiClient api, String admin) throws IOException {
        Path file = Path.of(System.getenv("NOTEGARDEN_PLUGIN_ORDER_LOG_FILE"));
        PluginJars.install("order-log", OrderLogPlugin.class);
        Res reloaded = api.post("/admin/plugins/reload", admin, null);
        assertTrue(reloaded.json().asJsonArray().stream().map(v -> (JsonObject) v)
                .anyMatch(p -> p.getString("id").equals("order-log") && p.getString("state").equals("ACTIVE")), reloaded.toString());
        return file;
    }

    private static List<String> linesStartingWith(Path file, String prefix) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix))
                    .map(l -> l.split(" ")[0]).toList() : List.of(); // "order:STATE event=…"
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
