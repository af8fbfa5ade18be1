package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * The black-box probe's findings at the edge, each as it was found: sessions behind a TLS
 * proxy, look-alike handles, currencies that are not money, and inputs that were accepted loosely.
 */
@WholeApp
class EdgeHardeningIT {
    ApiClient api;

    private Res login(ApiClient api, String handle, String forwardedProto) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + "/auth/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"" + handle + "\",\"password\":\"correct horse 1\"}"))
                .header("Content-Type", "application/json");
        if (forwardedProto != null) {
            b.header("X-Forwarded-Proto", forwardedProto);
        }
        return api.execute(b.build());
    }

    @Test
    void sessionCookiesAreSecureAndHstsIsSentWhenATrustedProxyEndedTls() {
        User u = api.register("tls");
        Res behindTls = login(api, u.handle(), "https");
        assertEquals(200, behindTls.status(), behindTls.toString());
        List<String> cookies = behindTls.raw().headers().allValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        cookies.forEach(c -> assertTrue(c.contains("Secure") && c.contains("SameSite=Lax"), c));
        assertTrue(behindTls.header("Strict-Transport-Security").startsWith("max-age="));

        Res plain = login(api, u.handle(), null);
        plain.raw().headers().allValues("Set-Cookie").forEach(c -> assertFalse(c.contains("Secure"), c));
        assertNull(plain.header("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    /**
     * A page of twenty cards is 17–21 KB of JSON. Past 8 KB Jersey stopped buffering and streamed the
     * rest chunked, so each such answer went out in three or more socket writes (async-profiler:
     * 8 % of a repeated search's CPU, 2026-12-06) and the client could not tell its length up front.
     * The app's JSON answers are now written whole, with their length, whatever their size; so is
     * the answer to HEAD, without its body.
     */
    @Test
    void aPageOfCardsIsSentWholeWithItsLength() {
        User author = api.register("longpage");
        String body = "Slow-roasted hojicha, oat milk and a little brown sugar; ".repeat(30);
        for (int i = 0; i < 20; i++) {
            api.publishNote(author, "Hojicha latte like the corner cafe, no. " + i, body);
        }
        Res page = api.get("/users/" + author.handle() + "/notes?limit=20", null);
        assertEquals(200, page.status(), page.toString());
        int bytes = page.raw().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(bytes > 8192, "the page must be larger than Jersey's default buffer to show anything: " + bytes + " bytes");
        assertNull(page.header("Transfer-Encoding"), "sent in chunks: " + page.header("Transfer-Encoding"));
        assertEquals(String.valueOf(bytes), page.header("Content-Length"));
        Res head = api.execute(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/users/" + author.handle() + "/notes?limit=20"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.status(), head.toString());
        assertEquals(String.valueOf(bytes), head.header("Content-Length"));
        assertEquals("", head.raw().body());
    }

    @Test
    void handlesThatEndInADotOrLookLikeAnotherAreRefused() {
        String rest = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertEquals(201, register(api, "lena_" + rest).status());
        Res trailingDot = register(api, "lena_" + rest + ".");
        assertEquals(422, trailingDot.status(), trailingDot.toString());
        assertEquals("handle", trailingDot.problemField());
        Res lookAlike = register(api, "1ena." + rest);
        assertEquals(409, lookAlike.status(), "1ena." + rest + " reads as lena_" + rest + ": " + lookAlike);
        assertEquals("handle", lookAlike.problemField());
    }

    private static Res register(ApiClient api, String handle) {
        return api.sendFrom("100.70." + (handle.length() % 200) + "." + (1 + Math.abs(handle.hashCode() % 250)), null, "POST",
                "/auth/register", null, "{\"email\":\"" + handle.replace(".", "") + UUID.randomUUID().toString().substring(0, 4)
                        + "@example.org\",\"password\":\"correct horse 1\",\"birthDate\":\"1990-05-17\",\"handle\":\"" + handle
                        + "\",\"displayName\":\"Ada\",\"mode\":\"token\"}");
    }

    @Test
    void shopsPriceOnlyInCurrenciesTheOperatorOffers() {
        for (String currency : List.of("XXX", "XAU", "BTC", "ZWL")) {
            User owner = api.register("money");
            Res applied = api.post("/shops", owner.token(), "{\"name\":\"Odd Money\",\"currency\":\"" + currency + "\",\"legalName\":\"Odd Ltd\","
                    + "\"address\":\"1 Road\",\"contactEmail\":\"shop@odd.example\",\"registrationNumber\":\"R1\",\"selfCertified\":true}");
            assertEquals(422, applied.status(), currency + ": " + applied);
            assertEquals("currency", applied.problemField(), currency);
        }
    }

    @Test
    void aListingHeldForReviewShowsNoTextInABuyersCart() {
        User owner = api.register("heldshop");
        api.approvedShop(api.adminToken(), owner, "Held Teas", "EUR");
        Res product = api.post("/products", owner.token(), "{\"titleEn\":\"Oolong\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":10}]}");
        long productId = product.obj().getJsonNumber("id").longValue();
        long sku = product.obj().getJsonArray("skus").getJsonObject(0).getJsonNumber("id").longValue();
        User buyer = api.register("cartful");
        assertEquals(200, api.put("/cart/items/" + sku, buyer.token(), "{\"quantity\":1}").status());
        Res edited = api.put("/products/" + productId, owner.token(), "{\"titleEn\":\"Shit tea for idiots\",\"category\":\"food\","
                + "\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"A\",\"options\":{\"size\":\"50g\"},\"price\":5000,\"stock\":10}]}");
        assertEquals(200, edited.status(), edited.toString());
        Res cart = api.get("/cart", buyer.token());
        String body = cart.raw().body();
        assertFalse(body.contains("Shit tea"), "the held title stays out of the cart: " + body);
        var line = cart.obj().getJsonArray("shops").getJsonObject(0).getJsonArray("lines").getJsonObject(0);
        assertTrue(line.getBoolean("withheld"));
        assertFalse(line.getBoolean("available"), "and it cannot be bought");
    }

    @Test
    void aQueryParameterThatIsNoNumberIsA422NamingIt() {
        User u = api.register("params");
        for (String path : List.of("/feed/latest?limit=abc", "/search/products?q=tea&offset=1.5", "/notifications?limit=9999999999999")) {
            Res r = api.get(path, u.token());
            assertEquals(422, r.status(), path + " " + r);
            assertEquals("application/problem+json", r.header("Content-Type"));
            assertEquals(path.substring(path.lastIndexOf('&') > 0 ? path.lastIndexOf('&') + 1 : path.indexOf('?') + 1,
                    path.lastIndexOf('=')), r.problemField(), r.toString());
        }
        Res chinese = api.sendFrom(null, "zh-CN", "GET", "/feed/latest?limit=abc", null, null);
        assertEquals("须为整数", chinese.obj().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(200, api.get("/feed/latest?limit=5", null).status(), "a number still works");
        assertEquals(404, api.get("/notes/abc", null).status(), "a path that cannot name a note stays 404");
    }

    @Test
    void unknownPathsGetTheAppsOwnPageAndUnknownApiPathsAProblem() {
        Res page = api.execute(HttpRequest.newBuilder(URI.create(api.base().replace("/api/v1", "/no/such/page"))).build());
        assertEquals(404, page.status());
        assertTrue(page.raw().body().contains("This page does not exist"), page.raw().body());
        assertFalse(page.raw().body().contains("Payara"), "not the server's own error report");
        Res api404 = api.get("/no-such-endpoint", null);
        assertEquals(404, api404.status());
        assertTrue(api404.header("Content-Type").startsWith("application/problem+json"), api404.toString());
    }
}
