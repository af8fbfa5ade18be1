package org.notegarden.app.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.Eventually;

/**
 * What a visitor sees of an installation started with {@code notegarden.demo=true} on the
 * embedded defaults: the demo module fills it through the faces of community and commerce with
 * people who have notes and followers, approved shops with products, notes that tag them, video
 * notes, and demo people who can sign in. Checked by {@code start.StartFasterIT} on the README's
 * own start, with one round of notes instead of ten ({@link #ONE_ROUND}).
 */
public final class DemoInstallation {
    /**
     * The demo on, with one round of notes (32, one per demo person) instead of ten: every step of
     * the seeder still runs, and the latest feed still fills (the full demo took 5 minutes of a CI
     * run that must stay under 30).
     */
    public static final Map<String, String> ONE_ROUND = Map.of("NOTEGARDEN_DEMO", "true", "NOTEGARDEN_DEMO_ROUNDS", "1");

    private DemoInstallation() {
    }

    /** Waits until the seeder is done and checks what it made; returns how many notes {@code lily_chen} has. */
    public static long assertFilled(ApiClient api) {
        // Featured notes are the seeder's last step: once a shopkeeper's note tags a product, it is done.
        // Every demo picture also gets its WebP copies (one FFmpeg run each): on two busy cores
        // seeding took over 6 minutes in a full CI run, hence 10.
        Optional<JsonObject> seeded = Eventually.await(Duration.ofMinutes(10), () -> featuredNoteOf(api, "huang_lei"),
                Optional::isPresent);
        assertTrue(seeded.isPresent(), "the demo data appeared within 10 minutes");
        JsonObject featured = seeded.get();
        JsonArray products = featured.getJsonArray("products");
        assertFalse(products.isEmpty(), featured.toString());
        JsonObject product = products.getJsonObject(0);
        Res productPage = api.get("/products/" + product.getJsonNumber("id").longValue(), null);
        assertEquals(200, productPage.status(), productPage.toString());
        Res shop = api.get("/shops/" + product.getJsonNumber("shopId").longValue(), null);
        assertEquals(200, shop.status(), "the demo shop is approved and public: " + shop);

        JsonObject lily = api.get("/users/lily_chen", null).obj();
        assertTrue(lily.getJsonNumber("notes").longValue() > 0, lily.toString());
        assertTrue(lily.getJsonNumber("followers").longValue() + lily.getJsonNumber("following").longValue() > 0, lily.toString());
        Res latestPage = api.get("/feed/latest", null);
        assertEquals(200, latestPage.status(), latestPage.toString());
        JsonArray latest = latestPage.obj().getJsonArray("items");
        assertEquals(20, latest.size(), "the latest feed is full");

        Res login = api.post("/auth/login", null,
                "{\"login\":\"xiaoyu\",\"password\":\"notegarden-demo\",\"mode\":\"token\"}");
        assertEquals(200, login.status(), "demo people sign in with the documented password: " + login);

        // A first run shows the video pipeline: a few video notes, processed, with poster and length.
        Optional<JsonObject> video = Eventually.await(Duration.ofMinutes(4), () -> api.get("/feed/latest?limit=50", null).obj()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(c -> "VIDEO".equals(c.getString("kind")))
                .findFirst(), Optional::isPresent);
        assertTrue(video.isPresent(), "demo video notes were published");
        JsonObject cover = video.get().getJsonObject("cover");
        assertTrue(cover.getString("posterUrl").endsWith("-poster.jpg") && cover.getJsonNumber("durationMs").longValue() >= 5000,
                cover.toString());
        return notesOfLily(api);
    }

    /** The notes of {@code lily_chen} as her profile counts them. */
    public static long notesOfLily(ApiClient api) {
        return api.get("/users/lily_chen", null).obj().getJsonNumber("notes").longValue();
    }

    private static Optional<JsonObject> featuredNoteOf(ApiClient api, String handle) {
        Res notes = api.get("/users/" + handle + "/notes?limit=50", null);
        if (notes.status() != 200) {
            return Optional.empty();
        }
        for (JsonValue card : notes.obj().getJsonArray("items")) {
            if (card.asJsonObject().getBoolean("hasProducts")) {
                return Optional.of(api.get("/notes/" + card.asJsonObject().getJsonNumber("id").longValue(), null).obj());
            }
        }
        return Optional.empty();
    }
}
