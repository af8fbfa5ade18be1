package org.notegarden.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the REST API as a real client sees it: status, headers, JSON. */
public final class ApiClient {
    private static final HttpClient HTTP = Http11.builder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /**
     * Talks to the deployment over loopback whatever host Arquillian reports (it reports the
     * machine's address): the IT runs trust loopback as a reverse proxy, so requests can say
     * which client address they stand for with X-Forwarded-For.
     */
    public ApiClient(URL deploymentUrl) {
        String path = deploymentUrl.getPath();
        String s = "http://127.0.0.1:" + deploymentUrl.getPort() + path;
        this.base = (s.endsWith("/") ? s.substring(0, s.length() - 1) : s) + "/api/v1";
    }

    public String base() {
        return base;
    }

    /** A response with its body parsed when it is JSON. */
    public record Res(int status, HttpResponse<String> raw, JsonStructure json) {
        public JsonObject obj() {
            return (JsonObject) json;
        }

        public jakarta.json.JsonArray arr() {
            return (jakarta.json.JsonArray) json;
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String problemField() {
            return obj().getJsonArray("errors").getJsonObject(0).getString("field");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Res send(String method, String path, String token, String jsonBody) {
        return send(method, path, token, jsonBody == null ? null : HttpRequest.BodyPublishers.ofString(jsonBody),
                jsonBody == null ? null : "application/json");
    }

    public Res send(String method, String path, String token, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (contentType != null) b.header("Content-Type", contentType);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return execute(b.build());
    }

    /**
     * A request as if relayed by a proxy for {@code clientAddress} (the IT runs trust loopback
     * as a proxy), read in {@code acceptLanguage}.
     */
    public Res sendFrom(String clientAddress, String acceptLanguage, String method, String path, String token, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) b.header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (clientAddress != null) b.header("X-Forwarded-For", clientAddress);
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        return execute(b.build());
    }

    public Res execute(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonStructure json = type.contains("json") && !r.body().isEmpty()
                    ? Json.createReader(new StringReader(r.body())).read() : null;
            return new Res(r.statusCode(), r, json);
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    /** The bytes the server serves at {@code url}, a path from the site root such as a picture's {@code /api/v1/media/files/…}. */
    public byte[] bytes(String url) {
        String origin = base.substring(0, base.indexOf("/api/v1"));
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + r.statusCode());
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        }
    }

    public Res get(String path, String token) { return send("GET", path, token, (String) null); }
    public Res post(String path, String token, String json) { return send("POST", path, token, json); }
    public Res put(String path, String token, String json) { return send("PUT", path, token, json); }
    public Res delete(String path, String token) { return send("DELETE", path, token, (String) null); }

    /** A bearer token for the admin the IT runs configure (NOTEGARDEN_ADMIN_* in the pom). */
    public String adminToken() {
        Res r = post("/auth/login", null, "{\"login\":\"itadmin\",\"password\":\"it-admin-password\",\"mode\":\"token\"}");
        if (r.status() != 200) {
            throw new AssertionError("admin login failed: " + r);
        }
        return r.obj().getString("token");
    }

    /** Opens a shop for {@code owner} with plausible trader details and has the admin approve it; returns its id. */
    public long approvedShop(String adminToken, User owner, String name, String currency) {
        Res applied = post("/shops", owner.token(), Json.createObjectBuilder().add("name", name).add("currency", currency)
                .add("legalName", name + " Ltd").add("address", "1 Market Street").add("contactEmail", "shop@" + owner.handle() + ".example")
                .add("registrationNumber", "REG-" + owner.id()).add("selfCertified", true).build().toString());
        if (applied.status() != 201) {
            throw new AssertionError("shop application failed: " + applied);
        }
        long shopId = applied.obj().getJsonNumber("id").longValue();
        Res decided = post("/admin/shops/" + shopId + "/decision", adminToken, "{\"approve\":true}");
        if (decided.status() != 200) {
            throw new AssertionError("approval failed: " + decided);
        }
        return shopId;
    }

    /** A registered person with a bearer token. */
    public record User(long id, String handle, String token) {
    }

    /**
     * Signs up an adult. Each sign-up stands for a different client in the shared-address space
     * 100.64.0.0/10 (no country), as real people would, so the per-address sign-up limits stay out
     * of the way of tests that are not about them.
     */
    public User register(String prefix) {
        return registerFrom(sharedRangeAddress(), prefix);
    }

    /**
     * Signs up {@code count} people four at a time, in the order asked (one after another, 160
     * took 17 s on two busy cores: a sign-up hashes its password).
     */
    public java.util.List<User> registerMany(String prefix, int count) {
        java.util.concurrent.ExecutorService signUps = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<User>> pending = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                pending.add(signUps.submit(() -> register(prefix)));
            }
            java.util.List<User> people = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<User> p : pending) {
                people.add(p.get());
            }
            return people;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while signing people up", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
        } finally {
            signUps.shutdownNow();
        }
    }

    /** A random client address in the shared range 100.64.0.0/10 (no country), one per sign-up. */
    public static String sharedRangeAddress() {
        java.util.concurrent.ThreadLocalRandom r4 = java.util.concurrent.ThreadLocalRandom.current();
        return "100." + (64 + r4.nextInt(64)) + "." + r4.nextInt(256) + "." + (1 + r4.nextInt(254));
    }

    /** Signs up an adult from this client address, whose country decides the region policy. */
    public User registerFrom(String clientAddress, String prefix) {
        String handle = (prefix + UUID.randomUUID().toString().replace("-", "")).substring(0, 20);
        Res r = sendFrom(clientAddress, null, "POST", "/auth/register", null, Json.createObjectBuilder()
                .add("email", handle + "@example.org").add("password", "correct horse 1").add("birthDate", "1990-05-17")
                .add("handle", handle).add("displayName", prefix).add("mode", "token").build().toString());
        if (r.status() != 201) {
            throw new AssertionError("register failed: " + r);
        }
        return new User(r.obj().getJsonObject("account").getJsonNumber("id").longValue(), handle, r.obj().getString("token"));
    }

    public long upload(User u, byte[] bytes, String contentType) {
        Res r = send("POST", "/media", u.token(), HttpRequest.BodyPublishers.ofByteArray(bytes), contentType);
        if (r.status() != 201) {
            throw new AssertionError("upload failed: " + r);
        }
        return r.obj().getJsonNumber("id").longValue();
    }

    /** Publishes a note with one fresh image; returns its id. */
    public long publishNote(User u, String title, String body) {
        long media = upload(u, TestImages.png(320, 240), "image/png");
        Res r = post("/notes", u.token(), Json.createObjectBuilder().add("title", title).add("body", body)
                .add("mediaIds", Json.createArrayBuilder().add(media)).add("publish", true).build().toString());
        if (r.status() != 201) {
            throw new AssertionError("note failed: " + r);
        }
        return r.obj().getJsonNumber("id").longValue();
    }

    /** A paid order of one unit of {@code skuId}, shipped to Shanghai, with the sandbox card. */
    public Res buyOne(User buyer, long skuId) {
        return post("/checkout", buyer.token(), "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"paymentMethod\":\"sandbox-card\","
                + "\"paymentToken\":\"4242424242424242\",\"shipTo\":{\"name\":\"Mei\",\"phone\":\"13800000000\","
                + "\"line\":\"88 Nanjing Rd\",\"city\":\"Shanghai\",\"postalCode\":\"200001\",\"country\":\"CN\"},"
                + "\"items\":[{\"skuId\":" + skuId + ",\"quantity\":1}]}");
    }

    public static long id(JsonValue v) {
        return ((jakarta.json.JsonNumber) v).longValue();
    }
}
