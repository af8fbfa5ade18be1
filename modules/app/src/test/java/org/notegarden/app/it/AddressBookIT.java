package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/** Saved addresses: checked like checkout's, one default, and each person's own. */
@WholeApp
class AddressBookIT {
    ApiClient api;

    private static String address(String line, String city, String country, boolean makeDefault) {
        return "{\"name\":\"Lin\",\"phone\":\"13800000000\",\"line\":\"" + line + "\",\"city\":\"" + city
                + "\",\"postalCode\":\"200001\",\"country\":\"" + country + "\",\"isDefault\":" + makeDefault + "}";
    }

    @Test
    void oneDefaultAlwaysAndOnlyForTheOwner() {
        User buyer = api.register("addr");
        Res home = api.post("/me/addresses", buyer.token(), address("88 Nanjing Rd", "Shanghai", "cn", false));
        assertEquals(201, home.status(), home.toString());
        assertTrue(home.obj().getBoolean("isDefault"), "the first address saved is the default");
        assertEquals("CN", home.obj().getString("country"));
        long work = api.post("/me/addresses", buyer.token(), address("1 Xinyi Rd", "Taipei", "TW", false)).obj().getJsonNumber("id").longValue();

        JsonArray list = api.get("/me/addresses", buyer.token()).arr();
        assertEquals(2, list.size());
        assertEquals("88 Nanjing Rd", list.getJsonObject(0).getString("line"), "the default comes first");

        JsonArray after = api.put("/me/addresses/" + work + "/default", buyer.token(), null).arr();
        assertEquals(work, after.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, after.stream().filter(v -> ((JsonObject) v).getBoolean("isDefault")).count(), "exactly one default");

        User stranger = api.register("peek");
        assertEquals(0, api.get("/me/addresses", stranger.token()).arr().size());
        assertEquals(404, api.delete("/me/addresses/" + work, stranger.token()).status(), "others' addresses do not exist for you");
        assertEquals(404, api.put("/me/addresses/" + work + "/default", stranger.token(), null).status());

        Res bad = api.post("/me/addresses", buyer.token(), address("", "Shanghai", "Mars", false));
        assertEquals(422, bad.status());
        assertTrue(bad.toString().contains("address.line") && bad.toString().contains("address.country"), bad.toString());

        assertEquals(204, api.delete("/me/addresses/" + work, buyer.token()).status());
        JsonArray left = api.get("/me/addresses", buyer.token()).arr();
        assertEquals(1, left.size());
        assertTrue(left.getJsonObject(0).getBoolean("isDefault"), "removing the default passes it on");
        assertEquals(401, api.get("/me/addresses", null).status());
        assertFalse(api.get("/me", buyer.token()).toString().contains("Nanjing"), "the address book is its own resource");
    }
}
