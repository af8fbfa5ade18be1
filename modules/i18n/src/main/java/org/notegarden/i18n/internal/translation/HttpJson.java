package org.notegarden.i18n.internal.translation;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.notegarden.platform.api.Jsons;

/** One JSON POST with a time limit; anything but a 2xx JSON object is a {@link TranslationUnavailable}. */
final class HttpJson {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpJson() {
    }

    static JsonObject post(String url, Map<String, String> headers, String body, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new TranslationUnavailable("the translation service answered " + r.statusCode());
            }
            try (JsonReader reader = Jsons.createReader(new StringReader(r.body()))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new TranslationUnavailable("the translation service did not answer with JSON");
            }
        } catch (IOException e) {
            throw new TranslationUnavailable("the translation service could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationUnavailable("interrupted while waiting for the translation service");
        }
    }
}
