package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;

/**
 * Commerce through the REST API on the real WAR: the example plugins load, admins see and reload
 * them, a bad plugin is refused but not fatal; shops are applied for, rejected with reasons,
 * resubmitted and approved, which makes their owner a merchant.
 */
@WholeApp
class CommerceApiIT {
    ApiClient api;

    @Test
    void examplePluginsLoadAndAreManagedByAdmins() throws Exception {
        String admin = api.adminToken();
        Res list = api.get("/admin/plugins", admin);
        assertEquals(200, list.status(), list.toString());
        Map<String, String> states = list.json().asJsonArray().stream().map(v -> (JsonObject) v)
                .collect(Collectors.toMap(o -> o.getString("id"), o -> o.getString("state")));
        assertEquals(Map.of("sandbox-payments", "ACTIVE", "region-shipping", "ACTIVE", "promotions", "ACTIVE",
                "eu-vat", "ACTIVE"), states);
        assertEquals(403, api.get("/admin/plugins", api.register("nosy").token()).status());
        assertEquals(401, api.post("/admin/plugins/reload", null, null).status());

        String root = api.base().replace("/api/v1", "");
        Res health = api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/health/ready")).build());
        assertTrue(health.raw().body().contains("\"storefront-plugins\""), health.toString());

        // A plugin built for a future SPI is refused with a reason, and the server stays up.
        Path pluginsDir = Path.of(System.getProperty("notegarden.plugins.dir", "target/plugins"));
        Path bad = Files.createDirectories(pluginsDir.resolve("zz-from-the-future"));
        try {
            Manifest m = new Manifest();
            m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            m.getMainAttributes().putValue("Notegarden-Plugin-Id", "from-the-future");
            m.getMainAttributes().putValue("Notegarden-Plugin-Version", "9.0.0");
            m.getMainAttributes().putValue("Notegarden-Spi-Version", "9.0");
            try (OutputStream out = Files.newOutputStream(bad.resolve("future.jar")); JarOutputStream jar = new JarOutputStream(out, m)) {
                jar.flush();
            }
            Res reloaded = api.post("/admin/plugins/reload", admin, null);
            assertEquals(200, reloaded.status(), reloaded.toString());
            JsonObject future = reloaded.json().asJsonArray().stream().map(v -> (JsonObject) v)
                    .filter(o -> o.getString("id").equals("from-the-future")).findFirst().orElseThrow();
            assertEquals("REFUSED", future.getString("state"));
            assertTrue(future.getString("reason").contains("built for SPI 9.0, this server offers " + org.notegarden.storefront.spi.SpiVersion.CURRENT), future.toString());
            assertEquals(200, api.execute(HttpRequest.newBuilder(java.net.URI.create(root + "/health/ready")).build()).status());
        } finally {
            Files.deleteIfExists(bad.resolve("future.jar"));
            Files.deleteIfExists(bad);
            api.post("/admin/plugins/reload", admin, null);
        }
    }

    private static String application(String name, boolean certified) {
        return "{\"name\":\"" + name + "\",\"description\":\"Hand-picked tea 手工茶\",\"currency\":\"CNY\","
                + "\"legalName\":\"Tea House Ltd\",\"address\":\"1 Longjing Rd, Hangzhou\",\"contactEmail\":\"shop@tea.example\","
                + "\"registrationNumber\":\"91330100MA2XXXXX\",\"selfCertified\":" + certified + "}";
    }

    @Test
    void aShopIsAppliedForDecidedWithReasonsAndMakesAMerchant() {
        String admin = api.adminToken();
        ApiClient.User owner = api.register("teashop");
        ApiClient.User other = api.register("browser");

        Res incomplete = api.post("/shops", owner.token(), "{\"name\":\"\",\"selfCertified\":false}");
        assertEquals(422, incomplete.status());
        assertEquals(java.util.Set.of("name", "legalName", "address", "contactEmail", "registrationNumber", "selfCertified"),
                incomplete.obj().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field"))
                        .collect(Collectors.toSet()));
        long foreignLogo = api.upload(other, TestImages.png(64, 64), "image/png");
        Res stolenLogo = api.post("/shops", owner.token(), application("Tea", true).replace("{", "{\"logoMediaId\":" + foreignLogo + ","));
        assertEquals(422, stolenLogo.status());
        assertEquals("logoMediaId", stolenLogo.problemField());

        Res applied = api.post("/shops", owner.token(), application("Longjing Tea House 龙井茶舍", true));
        assertEquals(201, applied.status(), applied.toString());
        long shopId = applied.obj().getJsonNumber("id").longValue();
        assertEquals("PENDING", applied.obj().getString("status"));
        assertEquals(404, api.get("/shops/" + shopId, other.token()).status(), "pending shops are private");
        assertEquals(200, api.get("/shops/mine", owner.token()).status());
        assertEquals(403, api.get("/admin/shops", other.token()).status());
        assertTrue(api.get("/admin/shops", admin).raw().body().contains("\"id\":" + shopId));

        Res noReason = api.post("/admin/shops/" + shopId + "/decision", admin, "{\"approve\":false}");
        assertEquals(422, noReason.status());
        assertEquals("reason", noReason.problemField());
        Res rejected = api.post("/admin/shops/" + shopId + "/decision", admin,
                "{\"approve\":false,\"reason\":\"The registration number does not match the legal name.\"}");
        assertEquals("REJECTED", rejected.obj().getString("status"));
        assertEquals("The registration number does not match the legal name.",
                api.get("/shops/mine", owner.token()).obj().getString("decisionReason"), "the applicant sees why");

        Res resubmitted = api.put("/shops/mine", owner.token(), application("Longjing Tea House 龙井茶舍", true));
        assertEquals("PENDING", resubmitted.obj().getString("status"));
        Res approved = api.post("/admin/shops/" + shopId + "/decision", admin, "{\"approve\":true}");
        assertEquals("APPROVED", approved.obj().getString("status"), approved.toString());
        assertEquals(409, api.post("/admin/shops/" + shopId + "/decision", admin, "{\"approve\":false,\"reason\":\"x\"}").status());

        assertTrue(api.get("/me", owner.token()).obj().getJsonArray("roles").toString().contains("MERCHANT"));
        Res publicShop = api.get("/shops/" + shopId, null);
        assertEquals(200, publicShop.status());
        assertEquals("Tea House Ltd", publicShop.obj().getJsonObject("trader").getString("legalName"), "sellers are identifiable");
        Res audit = api.get("/admin/audit?limit=5", admin);
        String actions = audit.obj().getJsonArray("entries").stream().map(v -> v.asJsonObject().getString("action"))
                .collect(Collectors.joining(","));
        assertTrue(actions.contains("shop.approved") && actions.contains("account.role.granted") && actions.contains("shop.rejected"), actions);
        assertTrue(audit.obj().getJsonObject("verification").getBoolean("intact"));

        Res edited = api.put("/shops/mine", owner.token(), "{\"name\":\"龙井茶舍\",\"description\":\"Spring harvest\"}");
        assertEquals("APPROVED", edited.obj().getString("status"), "an approved shop edits its profile without review");
        assertEquals("龙井茶舍", edited.obj().getString("name"));

        catalogIsManagedByItsMerchantOnly(api, owner, other, shopId);
    }

    private void catalogIsManagedByItsMerchantOnly(ApiClient api, ApiClient.User merchant, ApiClient.User other, long shopId) {
        long image = api.upload(merchant, TestImages.jpeg(800, 800), "image/jpeg");
        String product = "{\"titleEn\":\"Longjing green tea\",\"titleZh\":\"西湖龙井\",\"descriptionEn\":\"Spring harvest\","
                + "\"category\":\"food\",\"imageMediaIds\":[" + image + "],\"status\":\"ACTIVE\",\"skus\":["
                + "{\"code\":\"TEA-50\",\"options\":{\"weight\":\"50g\"},\"price\":5800,\"stock\":10},"
                + "{\"code\":\"TEA-100\",\"options\":{\"weight\":\"100g\"},\"price\":9800,\"stock\":0}]}";
        assertEquals(401, api.post("/products", null, product).status());
        assertEquals(403, api.post("/products", other.token(), product).status(), "no approved shop, no products");
        Res bad = api.post("/products", merchant.token(), product.replace("\"price\":5800", "\"price\":-1"));
        assertEquals(422, bad.status());
        assertEquals("skus[0].price", bad.problemField());

        Res created = api.post("/products", merchant.token(), product);
        assertEquals(201, created.status(), created.toString());
        long productId = created.obj().getJsonNumber("id").longValue();
        Res seen = api.get("/products/" + productId, null);
        assertEquals(200, seen.status());
        assertEquals("西湖龙井", seen.obj().getString("titleZh"));
        assertEquals(5800, seen.obj().getJsonObject("priceFrom").getInt("minor"));
        assertEquals("CNY", seen.obj().getJsonObject("priceFrom").getString("currency"));
        assertEquals(false, seen.obj().getJsonArray("skus").getJsonObject(1).getBoolean("inStock"));
        JsonObject estimate = api.get("/products/" + productId + "?currency=USD", null).obj().getJsonObject("priceFromEstimate");
        assertEquals("USD", estimate.getString("currency"));
        assertEquals(817, estimate.getInt("minor"), "58.00 CNY at the default 7.10 CNY per USD");
        assertEquals(422, api.get("/products/" + productId + "?currency=usd", null).status());
        assertEquals(1, api.get("/shops/" + shopId + "/products", null).obj().getJsonArray("items").size());

        assertEquals(403, api.put("/products/" + productId, other.token(), product).status());
        assertEquals(403, api.put("/products/" + productId + "/skus/TEA-100/stock", other.token(), "{\"stock\":5}").status());
        Res restocked = api.put("/products/" + productId + "/skus/TEA-100/stock", merchant.token(), "{\"stock\":5}");
        assertEquals(200, restocked.status(), restocked.toString());
        assertEquals(5, restocked.obj().getJsonArray("skus").getJsonObject(1).getInt("stock"));
        assertEquals(422, api.put("/products/" + productId + "/skus/TEA-100/stock", merchant.token(), "{\"stock\":-3}").status());
        assertEquals(404, api.put("/products/" + productId + "/skus/NOPE/stock", merchant.token(), "{\"stock\":1}").status());

        Res drafted = api.put("/products/" + productId, merchant.token(), product.replace("ACTIVE", "DRAFT"));
        assertEquals("DRAFT", drafted.obj().getString("status"));
        assertEquals(404, api.get("/products/" + productId, other.token()).status(), "drafts are the merchant's own");
        assertEquals(200, api.get("/products/" + productId, merchant.token()).status());
        assertEquals(0, api.get("/shops/" + shopId + "/products", null).obj().getJsonArray("items").size());
    }
}
