package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.TestImages;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * WCAG 2.2 AA on a 390 px phone, checked by axe-core (installed from npm by the build) on the
 * pages a reader, a buyer and a merchant use: home, a note, compose, search, checkout, orders,
 * one order, the Me page, settings, the merchant's orders and insights. Any critical or serious violation fails the
 * build, and so does any tap target under 44 × 44 px (WCAG 2.5.5, beyond AA's 24 px, because
 * these pages are used with a thumb); every page's screen is kept under target/browser/a11y-*.png
 * for a person to look at.
 */
@WholeApp
class AccessibilityIT {
    private static final Path AXE = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    private static final String PASSWORD = "correct horse 1";

    ApiClient api;
    WebClient web;

    @Test
    void everyPageMeetsWcag22AaOnAPhone() throws Exception {
        String axe = Files.readString(AXE);
        String admin = api.adminToken();
        User merchant = api.register("a11yshop");
        long shopId = api.approvedShop(admin, merchant, "Quiet Tea " + UUID.randomUUID().toString().substring(0, 4), "CNY");
        JsonObject product = api.post("/products", merchant.token(), "{\"titleEn\":\"Hojicha\",\"titleZh\":\"焙茶\",\"category\":\"food\","
                + "\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":4800,\"stock\":20}]}").obj();
        long productId = product.getJsonNumber("id").longValue();
        long skuId = ApiClient.id(product.getJsonArray("skus").getJsonObject(0).get("id"));

        User creator = api.register("a11ynote");
        long photo = api.upload(creator, TestImages.png(900, 1200), "image/png");
        long second = api.upload(creator, TestImages.png(1200, 900), "image/png");
        long noteId = api.post("/notes", creator.token(), Json.createObjectBuilder().add("title", "Roasted tea at dusk 焙茶")
                .add("body", "Low caffeine, deep flavour #hojicha #tea").add("publish", true)
                .add("mediaIds", Json.createArrayBuilder().add(photo).add(second))
                .add("productIds", Json.createArrayBuilder().add(productId)).build().toString()).obj().getJsonNumber("id").longValue();

        User buyer = api.register("a11ybuyer");
        Res order = api.buyOne(buyer, skuId);
        assertEquals(201, order.status(), order.toString());
        long orderId = order.obj().getJsonNumber("id").longValue();
        assertEquals(200, api.put("/cart/items/" + skuId, buyer.token(), "{\"quantity\":1}").status());

        web.driver.manage().window().setSize(new Dimension(390, 844));
        List<String> found = new ArrayList<>();
        web.logIn(buyer.handle(), PASSWORD);
        found.addAll(audit(axe, "home", "#/", ".grid .card"));
        found.addAll(audit(axe, "note", "#/note/" + noteId, ".note-title"));
        found.addAll(audit(axe, "compose", "#/compose", "input[name=title]"));
        found.addAll(audit(axe, "search", "#/search?q=hojicha", ".grid"));
        found.addAll(audit(axe, "checkout", "#/checkout/" + shopId, "[name='shipTo.name']"));
        found.addAll(audit(axe, "orders", "#/orders", ".order-row"));
        found.addAll(audit(axe, "order", "#/order/" + orderId, ".order-detail"));
        found.addAll(audit(axe, "me", "#/u/" + buyer.handle(), ".my-links"));
        found.addAll(audit(axe, "settings", "#/settings", ".settings-links"));
        web.logOut();
        web.logIn(merchant.handle(), PASSWORD);
        found.addAll(audit(axe, "merchant-orders", "#/merchant/orders", ".order-row"));
        found.addAll(audit(axe, "insights", "#/insights", ".kpis"));
        assertEquals(List.of(), found, "critical and serious WCAG 2.2 AA violations");
    }

    /** Runs axe on one page once it shows {@code ready}; returns "page: rule (impact) × n: first elements". */
    private List<String> audit(String axe, String name, String hash, String ready) throws Exception {
        web.open(hash);
        web.visible(By.cssSelector(ready));
        web.driver.executeScript(axe);
        String result = (String) web.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')"
                + ".map(v => ({id: v.id, impact: v.impact, n: v.nodes.length, where: v.nodes.slice(0, 3).map(x => x.target.join(' '))})))))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', n: 1, where: [String(e)]}])));");
        Files.write(web.work().resolve("a11y-" + name + ".png"), web.driver.getScreenshotAs(OutputType.BYTES));
        List<String> out = new ArrayList<>(TapTargets.under44(web, name));
        JsonArray violations = Json.createReader(new StringReader(result)).readArray();
        for (JsonValue v : violations) {
            JsonObject o = v.asJsonObject();
            out.add(name + ": " + o.getString("id") + " (" + o.getString("impact") + ") × " + o.getInt("n") + ": " + o.getJsonArray("where"));
        }
        return out;
    }
}
