package org.notegarden.app.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Tap targets under 44 × 44 CSS px on the page a browser shows, measured by browser/tap-targets.js. */
final class TapTargets {
    private static final String PROBE = load();

    private TapTargets() {
    }

    /** Nothing when every target is large enough, else one line: "page: n of m targets under 44 px: [what WxH, …]". */
    static List<String> under44(WebClient web, String page) {
        JsonObject r = Json.createReader(new StringReader((String) web.driver.executeScript(PROBE))).readObject();
        var small = r.getJsonArray("small");
        return small.isEmpty() ? List.of()
                : List.of(page + ": " + small.size() + " of " + r.getInt("targets") + " targets under 44 px: " + small);
    }

    private static String load() {
        try (InputStream in = TapTargets.class.getResourceAsStream("/browser/tap-targets.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
