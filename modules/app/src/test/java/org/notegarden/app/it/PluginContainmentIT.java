package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.itplugin.BrokenTaxPlugin;
import org.notegarden.app.itplugin.ExitingPlugin;
import org.notegarden.app.itplugin.FailingPromotionPlugin;

/**
 * Partner plugins that misbehave, installed into the running server: one that would end the
 * process is refused before it loads (the server stays up and says why), and a tax plugin that
 * fails stops the checkouts of the shop that turned it on with a 503, while another shop's
 * checkout completes; a promotion that keeps failing is cut off by its circuit breaker.
 */
@WholeApp
class PluginContainmentIT {
    ApiClient api;

    @Test
    void refusedPluginsNeverRunAndABrokenTaxPluginFailsCheckoutInsteadOfUnderCharging() throws Exception {
        String admin = api.adminToken();
        PluginJars.install("exiter", ExitingPlugin.class);
        PluginJars.install("broken-tax", BrokenTaxPlugin.class, "$1");
        try {
            Res reloaded = api.post("/admin/plugins/reload", admin, null);
            assertEquals(200, reloaded.status(), "the server is still up after loading a plugin that calls System.exit");
            Map<String, JsonObject> byId = reloaded.json().asJsonArray().stream().map(v -> (JsonObject) v)
                    .collect(Collectors.toMap(p -> p.getString("id"), p -> p));
            assertEquals("REFUSED", byId.get("exiter").getString("state"));
            assertTrue(byId.get("exiter").getString("reason")
                    .contains("calls java.lang.System.exit in org.notegarden.app.itplugin.ExitingPlugin.start"), byId.get("exiter").toString());
            assertEquals("ACTIVE", byId.get("broken-tax").getString("state"));
            String health = api.execute(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    api.base().replace("/api/v1", "/health/ready"))).build()).raw().body();
            assertTrue(health.contains("REFUSED: bytecode not allowed"), health);

            Shop careful = shop(api, admin);
            Shop trusting = shop(api, admin);
            assertEquals(200, api.put("/shops/mine/plugins/broken-tax", trusting.owner().token(), "{\"enabled\":true}").status());

            Res failed = api.post("/checkout", api.register("buyer").token(), checkout(trusting.sku()));
            assertEquals(503, failed.status(), failed.toString());
            assertEquals("https://notegarden.dev/problems/plugin-unavailable", failed.obj().getString("type"));
            assertFalse(failed.toString().contains("tax.internal"), "the plugin's own error stays out of the buyer's answer");
            assertEquals(10, stock(api, trusting.productId()), "nothing stays reserved");

            Res paid = api.post("/checkout", api.register("buyer").token(), checkout(careful.sku()));
            assertEquals(201, paid.status(), "a shop without the broken plugin sells as usual: " + paid);
            assertEquals("PAID", paid.obj().getString("state"));
            assertTrue(paid.obj().getJsonObject("breakdown").getJsonArray("taxes").size() > 0, "with its tax");
        } finally {
            PluginJars.remove("exiter");
            PluginJars.remove("broken-tax");
            api.post("/admin/plugins/reload", admin, null);
        }
    }

    /**
     * A promotion that fails on every checkout is skipped (the order goes through without it, the
     * buyer told neutrally), and after five failures in a row its circuit opens: the admin sees it
     * DEGRADED with its error, and checkouts go on without waiting for it. Until each plugin's
     * extension lists were read once, every checkout's successful read of them closed the circuit
     * again, so it never opened.
     */
    @Test
    void aPromotionFailingEveryCheckoutIsCutOffByItsCircuitBreaker() throws Exception {
        String admin = api.adminToken();
        PluginJars.install("failing-promo", FailingPromotionPlugin.class, "$1");
        try {
            assertEquals(200, api.post("/admin/plugins/reload", admin, null).status());
            Shop shop = shop(api, admin);
            assertEquals(200, api.put("/shops/mine/plugins/failing-promo", shop.owner().token(), "{\"enabled\":true}").status());
            for (int i = 0; i < 5; i++) {
                Res paid = api.post("/checkout", api.register("buyer").token(), checkout(shop.sku()));
                assertEquals(201, paid.status(), "the failing promotion is skipped, the order goes through: " + paid);
                assertEquals(1, paid.obj().getJsonObject("breakdown").getJsonArray("skipped").size(), paid.toString());
                assertFalse(paid.toString().contains("rules.internal"), "the plugin's own error stays out of the buyer's answer");
            }
            JsonObject plugin = api.get("/admin/plugins", admin).json().asJsonArray().stream().map(v -> (JsonObject) v)
                    .filter(p -> p.getString("id").equals("failing-promo")).findFirst().orElseThrow();
            assertEquals("DEGRADED", plugin.getString("state"), "five failures in a row open its circuit: " + plugin);
            assertTrue(plugin.getString("lastError").contains("rules.internal:9000 timed out"), plugin.toString());
            Res sixth = api.post("/checkout", api.register("buyer").token(), checkout(shop.sku()));
            assertEquals(201, sixth.status(), "with the circuit open the shop still sells: " + sixth);
            assertEquals(1, sixth.obj().getJsonObject("breakdown").getJsonArray("skipped").size(), sixth.toString());
            assertEquals(4, stock(api, shop.productId()), "six sold");
        } finally {
            PluginJars.remove("failing-promo");
            api.post("/admin/plugins/reload", admin, null);
        }
    }

    record Shop(User owner, long productId, long sku) {
    }

    private static Shop shop(ApiClient api, String admin) {
        User owner = api.register("pluginshop");
        api.approvedShop(admin, owner, "Tea " + owner.id(), "EUR");
        Res product = api.post("/products", owner.token(), "{\"titleEn\":\"Sencha\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":10}]}");
        assertEquals(201, product.status(), product.toString());
        JsonObject p = product.obj();
        return new Shop(owner, p.getJsonNumber("id").longValue(), p.getJsonArray("skus").getJsonObject(0).getJsonNumber("id").longValue());
    }

    private static int stock(ApiClient api, long productId) {
        return api.get("/products/" + productId, null).obj().getJsonArray("skus").getJsonObject(0).getInt("stock");
    }

    private static String checkout(long sku) {
        return "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"paymentMethod\":\"sandbox-card\",\"paymentToken\":\"4242424242424242\","
                + "\"shipTo\":{\"name\":\"Max\",\"phone\":\"+49 30 1234\",\"line\":\"Unter den Linden 1\",\"city\":\"Berlin\","
                + "\"postalCode\":\"10117\",\"country\":\"DE\"},\"items\":[{\"skuId\":" + sku + ",\"quantity\":1}]}";
    }
}
