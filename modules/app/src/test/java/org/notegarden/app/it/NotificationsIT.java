package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Notifications as people expect them: likes of one note folded into one line ("Chloe and 2
 * others"), tabs by kind, and both sides of an order told what happened to it.
 */
@WholeApp
class NotificationsIT {
    ApiClient api;

    @Test
    void likesOfOneNoteAreOneLineAndTabsFilter() {
        User author = api.register("author");
        long note = api.publishNote(author, "Morning light", "#window");
        List<User> fans = List.of(api.register("chloe"), api.register("max"), api.register("ann"));
        for (User fan : fans) {
            assertEquals(200, api.put("/notes/" + note + "/like", fan.token(), null).status());
        }
        assertEquals(200, api.put("/users/" + author.handle() + "/follow", fans.get(0).token(), null).status());

        JsonArray likes = api.get("/notifications?group=likes", author.token()).obj().getJsonArray("items");
        assertEquals(1, likes.size(), "three likes of one note are one line: " + likes);
        JsonObject line = likes.getJsonObject(0);
        assertEquals("LIKE_NOTE", line.getString("kind"));
        assertEquals(fans.get(2).handle(), line.getJsonObject("actor").getString("handle"), "the newest leads");
        assertEquals(2, line.getInt("others"));
        assertEquals(2, line.getJsonArray("alsoBy").size());
        assertEquals("LIKES", line.getString("group"));

        JsonArray follows = api.get("/notifications?group=follows", author.token()).obj().getJsonArray("items");
        assertEquals(1, follows.size());
        assertEquals("FOLLOW", follows.getJsonObject(0).getString("kind"));
        assertEquals(2, api.get("/notifications", author.token()).obj().getJsonArray("items").size(), "all tabs: likes and the follow");

        Res bogus = api.get("/notifications?group=gossip", author.token());
        assertEquals(422, bogus.status());
        assertEquals("group", bogus.problemField());
    }

    @Test
    void bothSidesOfAnOrderHearWhatHappened() {
        User merchant = api.register("seller");
        api.approvedShop(api.adminToken(), merchant, "Notice Tea " + UUID.randomUUID().toString().substring(0, 4), "CNY");
        JsonObject product = api.post("/products", merchant.token(), "{\"titleEn\":\"Genmaicha\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":3000,\"stock\":5}]}").obj();
        long sku = ApiClient.id(product.getJsonArray("skus").getJsonObject(0).get("id"));
        User buyer = api.register("buyer");
        Res paid = api.buyOne(buyer, sku);
        assertEquals(201, paid.status(), paid.toString());
        long order = paid.obj().getJsonNumber("id").longValue();

        JsonObject toMerchant = api.get("/notifications?group=system", merchant.token()).obj().getJsonArray("items").getJsonObject(0);
        assertEquals("ORDER_NEW", toMerchant.getString("kind"));
        assertEquals("ORDER:" + order, toMerchant.getString("subject"));
        assertEquals("PAID", api.get("/notifications?group=system", buyer.token()).obj().getJsonArray("items").getJsonObject(0)
                .getString("detail"));

        assertEquals(200, api.post("/orders/" + order + "/ship", merchant.token(), "{\"carrier\":\"SF\",\"trackingNumber\":\"SF1\"}").status());
        JsonArray buyerHears = api.get("/notifications?group=system", buyer.token()).obj().getJsonArray("items");
        assertEquals("SHIPPED", buyerHears.getJsonObject(0).getString("detail"));
        assertEquals("ORDER_UPDATE", buyerHears.getJsonObject(0).getString("kind"));
        assertTrue(api.get("/notifications/unread-count", merchant.token()).obj().getInt("unread") >= 1);
        assertEquals(1, api.get("/notifications?group=system", merchant.token()).obj().getJsonArray("items").size(),
                "the merchant is not told of their own shipping");
    }
}
