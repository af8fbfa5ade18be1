package org.notegarden.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** For tests that call every operation the published API document lists (ApiSecurityIT, QueryParametersIT). */
final class DocumentedOperations {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** Values for path parameters; a word where the path wants a word, an id elsewhere. */
    private static final Map<String, String> WORDS = Map.of("handle", "nobody_here", "file", "x.jpg", "tag", "en",
            "topic", "tea", "year", "2025", "section", "notices", "code", "A", "pluginId", "x", "to", "en");

    private DocumentedOperations() {
    }

    /** The document at /api/v1/openapi. */
    static JsonObject document(HttpClient http, ApiClient api) throws IOException, InterruptedException {
        return Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(api.base() + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body())).readObject();
    }

    /** The server's origin, which the document's paths (/api/v1/…) are relative to. */
    static String origin(ApiClient api) {
        return api.base().substring(0, api.base().indexOf("/api/v1"));
    }

    /** The path with a plausible value in each parameter. */
    static String filled(String path) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, WORDS.getOrDefault(m.group(1), "1"));
        }
        return m.appendTail(out).toString();
    }

    /** An empty JSON object for methods that carry a body, nothing for the others. */
    static HttpRequest.BodyPublisher emptyBody(String method) {
        return Set.of("POST", "PUT", "PATCH").contains(method)
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
    }
}
