package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * A note's product card is kept for a second on each node (commerce {@code ProductCards}), so
 * every write that changes what the card shows must make this node's next note page show it:
 * the merchant's edit and stock count, the buyer who takes the last unit and the cancellation that
 * returns it, the shop's new name, a moderator's removal. Each step reads the page just before the
 * write, so a card that was not forgotten would still be kept when the page is read after it.
 */
@WholeApp
class ProductCardOnNoteIT {
    ApiClient api;

    @Test
    void everyWriteThatChangesTheCardShowsOnTheNextNotePage() {
        String admin = api.adminToken();
        User merchant = api.register("freshcard");
        api.approvedShop(admin, merchant, "Fresh Card Tea", "EUR");
        Res created = api.post("/products", merchant.token(), product(800, 1));
        assertEquals(201, created.status(), created.toString());
        long productId = created.obj().getJsonNumber("id").longValue();
        long skuId = ApiClient.id(created.obj().getJsonArray("skus").getJsonObject(0).get("id"));
        User creator = api.register("freshcardnote");
        long photo = api.upload(creator, TestImages.png(320, 240), "image/png");
        Res note = api.post("/notes", creator.token(), Json.createObjectBuilder().add("title", "Roasted tea evening").add("body", "#tea")
                .add("publish", true).add("mediaIds", Json.createArrayBuilder().add(photo))
                .add("productIds", Json.createArrayBuilder().add(productId)).build().toString());
        assertEquals(201, note.status(), note.toString());
        long noteId = note.obj().getJsonNumber("id").longValue();
        assertEquals(800, card(noteId).getJsonNumber("priceFromMinor").longValue());

        card(noteId);
        assertEquals(200, api.put("/products/" + productId, merchant.token(), product(650, 1)).status());
        assertEquals(650, card(noteId).getJsonNumber("priceFromMinor").longValue(), "the merchant's new price");

        card(noteId);
        assertEquals(200, api.put("/products/" + productId + "/skus/A/stock", merchant.token(), "{\"stock\":0}").status());
        assertFalse(card(noteId).getBoolean("inStock"), "the merchant's stock count: none left");
        assertEquals(200, api.put("/products/" + productId + "/skus/A/stock", merchant.token(), "{\"stock\":1}").status());
        assertTrue(card(noteId).getBoolean("inStock"), "the merchant's stock count: one again");

        User buyer = api.register("freshcardbuyer");
        card(noteId);
        Res paid = api.buyOne(buyer, skuId);
        assertEquals(201, paid.status(), paid.toString());
        assertFalse(card(noteId).getBoolean("inStock"), "the buyer took the last unit");
        long orderId = paid.obj().getJsonNumber("id").longValue();
        assertEquals("CANCELLED", api.post("/orders/" + orderId + "/cancel", buyer.token(), null).obj().getString("state"));
        assertTrue(card(noteId).getBoolean("inStock"), "the cancellation returned it");

        card(noteId);
        Res renamed = api.put("/shops/mine", merchant.token(), "{\"name\":\"Fresh Leaf House\",\"description\":\"Roasted teas\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Fresh Leaf House", card(noteId).getString("shopName"), "the shop's new name");

        User mod = Moderators.appoint(api, admin, "modfreshcard", null);
        card(noteId);
        Moderators.reportAndDecide(api, buyer, mod, "PRODUCT", productId, "SCAMS_AND_FRAUD", "This listing is a fake.",
                "\"decision\":\"REMOVE\",\"facts\":\"The listing copies another shop's photos.\",\"policyClause\":\"Commerce Policy §3\"");
        assertTrue(products(noteId).isEmpty(), "a removed listing leaves the note");
    }

    private static String product(long price, int stock) {
        return "{\"titleEn\":\"Hojicha\",\"category\":\"food\",\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"A\",\"options\":{},"
                + "\"price\":" + price + ",\"stock\":" + stock + "}]}";
    }

    private JsonObject card(long noteId) {
        JsonArray products = products(noteId);
        assertEquals(1, products.size(), products.toString());
        return products.getJsonObject(0);
    }

    private JsonArray products(long noteId) {
        Res page = api.get("/notes/" + noteId, null);
        assertEquals(200, page.status(), page.toString());
        return page.obj().getJsonArray("products");
    }
}
