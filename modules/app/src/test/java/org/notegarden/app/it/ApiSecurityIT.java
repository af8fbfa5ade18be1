package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The document says, per operation, whether it needs a signed-in person, and the server agrees:
 * every operation is called once without credentials, and it answers 401 exactly when the
 * document lists only the bearer token and the session cookie as ways in (no empty alternative).
 */
@WholeApp
class ApiSecurityIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** Values for path parameters; a word where the path wants a word, an id elsewhere. */
    private static final Map<String, String> WORDS = Map.of("handle", "nobody_here", "file", "x.jpg", "tag", "en",
            "topic", "tea", "year", "2025", "section", "notices", "code", "A", "pluginId", "x", "to", "en");

    ApiClient api;

    @Test
    void signedInOperationsAreExactlyThoseThatAnswer401WithoutCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String origin = api.base().substring(0, api.base().indexOf("/api/v1"));
        JsonObject doc = Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(api.base() + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body())).readObject();
        List<String> disagreements = new ArrayList<>();
        int signedIn = 0;
        int open = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var op : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                boolean needsSignIn = needsSignIn(op.getValue().asJsonObject());
                if (needsSignIn) {
                    signedIn++;
                } else {
                    open++;
                }
                String method = op.getKey().toUpperCase();
                HttpRequest.BodyPublisher body = Set.of("POST", "PUT", "PATCH").contains(method)
                        ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
                int status = http.send(HttpRequest.newBuilder(URI.create(origin + filled(path.getKey())))
                        .method(method, body).header("Content-Type", "application/json").header("Accept", "*/*").build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if ((status == 401) != needsSignIn) {
                    disagreements.add(method + " " + path.getKey() + ": document says " + (needsSignIn ? "signed in" : "open")
                            + ", server answered " + status);
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(signedIn > 80 && open > 30, signedIn + " signed-in and " + open + " open operations");
    }

    /** Only the bearer token or the session cookie, no empty alternative: a signed-in person is needed. */
    private static boolean needsSignIn(JsonObject op) {
        if (!op.containsKey("security")) {
            return false; // the top level's, which includes signing out
        }
        return op.getJsonArray("security").stream().map(JsonValue::asJsonObject).noneMatch(JsonObject::isEmpty);
    }

    private static String filled(String path) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, WORDS.getOrDefault(m.group(1), "1"));
        }
        return m.appendTail(out).toString();
    }
}
