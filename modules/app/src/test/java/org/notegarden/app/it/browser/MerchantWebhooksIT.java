package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard's Webhooks tab in headless Chromium: a merchant's bad URL is named next to its
 * field; a good one is registered and its secret shown once; after a sale the delivery log shows
 * the paid order's delivery with the receiver's (lack of) answer, its tries and the body sent,
 * and "send again" queues a new delivery.
 */
@WholeApp
class MerchantWebhooksIT {
    ApiClient api;
    WebClient web;

    @Test
    void aMerchantWiresTheirShopToTheirOwnSystem() throws Exception {
        String handle = "hook" + UUID.randomUUID().toString().substring(0, 6);
        web.signUp(handle, "Hook Merchant");
        String token = api.post("/auth/login", null, "{\"login\":\"" + handle + "\",\"password\":\"" + WebClient.PASSWORD
                + "\",\"mode\":\"token\"}").obj().getString("token");
        ApiClient.User merchant = new ApiClient.User(0, handle, token);
        api.approvedShop(api.adminToken(), merchant, "Hook Web " + handle, "CNY");
        JsonObject product = api.post("/products", token, "{\"titleEn\":\"Pu-erh\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":4200,\"stock\":5}]}").obj();

        web.open("#/merchant/webhooks");
        web.type(By.name("url"), "ftp://erp.example.com/in");
        web.click(By.name("add"));
        assertTrue(web.text(By.cssSelector(".field-error[data-field='url']")).startsWith("Endpoint URL:"));

        // Nothing listens on port 9 here: every try ends without an answer, which the log must show.
        web.type(By.name("url"), "http://127.0.0.1:9/notegarden");
        web.click(By.name("add"));
        String secret = web.text(By.cssSelector(".webhook-secret code"));
        assertTrue(secret.startsWith("whsec_"), secret);
        assertTrue(web.text(By.cssSelector(".webhook strong")).contains("127.0.0.1:9/notegarden"));
        assertTrue(web.text(By.cssSelector(".webhook")).contains(secret.substring(secret.length() - 4)));

        assertEquals(201, api.buyOne(api.register("hookwebbuyer"), ApiClient.id(product.getJsonArray("skus").getJsonObject(0).get("id")))
                .status());
        long endpoint = ApiClient.id(api.get("/shops/mine/webhooks", token).json().asJsonArray().getJsonObject(0).get("id"));
        org.notegarden.app.it.Eventually.await(java.time.Duration.ofSeconds(20),
                () -> api.get("/shops/mine/webhooks/" + endpoint + "/deliveries", token).obj().getJsonArray("items"),
                items -> !items.isEmpty() && items.getJsonObject(0).getInt("attempts") >= 1);

        web.click(By.name("log"));
        By row = By.cssSelector(".delivery .delivery-row");
        assertTrue(web.text(row).contains("Order paid"), web.text(row));
        assertEquals("PENDING", web.driver.findElement(By.cssSelector(".delivery .state-badge")).getAttribute("data-state"));
        assertTrue(web.text(row).contains("no answer"), web.text(row));
        web.click(row);
        assertTrue(web.text(By.cssSelector(".delivery-detail .payload")).contains("\"type\": \"order.paid\""));
        assertTrue(web.text(By.cssSelector(".delivery-detail .attempts li")).contains("no answer"));

        int before = web.driver.findElements(By.cssSelector(".delivery")).size();
        web.click(By.cssSelector(".delivery button[name='replay']"));
        web.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".delivery"), before + 1));
    }
}
