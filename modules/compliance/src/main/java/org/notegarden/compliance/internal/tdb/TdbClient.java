package org.notegarden.compliance.internal.tdb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.platform.api.Jsons;

/**
 * Sends one batch to the Transparency Database's multiple-statements endpoint and reads its
 * answer as documented there: 201 with every statement and its uuid; 422 with the validator's
 * errors per statement ({@code statement_0} …), or with the puids it already holds, and then none
 * of the batch is stored; anything else is "try later".
 */
@ApplicationScoped
public class TdbClient {
    /** What became of a batch. */
    sealed interface Answer permits Stored, Refused, TryLater {
    }

    /** All stored: the database's uuid by puid. */
    record Stored(Map<String, String> uuidByPuid) implements Answer {
    }

    /**
     * Nothing stored. {@code errorsByIndex}: the validator's messages for the statements it
     * refused (by position in the batch); {@code alreadyStored}: puids it holds from an earlier call.
     */
    record Refused(Map<Integer, String> errorsByIndex, Set<String> alreadyStored) implements Answer {
    }

    /** Nothing stored, for a reason on the way or on the other side (5xx, 401, timeout, unreachable). */
    record TryLater(String reason) implements Answer {
    }

    TdbSettings settings;
    HttpClient http;

    @Inject
    public TdbClient(TdbSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** For the CDI container's proxy only. */
    protected TdbClient() {
    }

    Answer send(List<JsonObject> statements) {
        JsonArrayBuilder all = Jsons.createArrayBuilder();
        statements.forEach(all::add);
        String body = Jsons.createObjectBuilder().add("statements", all).build().toString();
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.token()).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new TryLater("no answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TryLater("interrupted");
        }
        try {
            return switch (response.statusCode()) {
                case 201 -> stored(parse(response.body()));
                case 422 -> refused(parse(response.body()), statements.size());
                default -> new TryLater("HTTP " + response.statusCode());
            };
        } catch (JsonParsingException | ClassCastException e) {
            return new TryLater("HTTP " + response.statusCode() + " with an answer that is not the documented JSON");
        }
    }

    private static JsonObject parse(String body) {
        return Jsons.createReader(new StringReader(body)).readObject();
    }

    private static Answer stored(JsonObject body) {
        Map<String, String> uuids = new HashMap<>();
        for (JsonValue v : body.getJsonArray("statements")) {
            JsonObject s = v.asJsonObject();
            uuids.put(s.getString("puid"), s.getString("uuid"));
        }
        return new Stored(uuids);
    }

    private static Answer refused(JsonObject body, int size) {
        JsonObject errors = body.getJsonObject("errors");
        Map<Integer, String> byIndex = new HashMap<>();
        Set<String> already = new HashSet<>();
        if (errors != null) {
            for (int i = 0; i < size; i++) {
                JsonObject mine = errors.getJsonObject("statement_" + i);
                if (mine != null) {
                    byIndex.put(i, messages(mine));
                }
            }
            if (errors.containsKey("existing_puids")) {
                errors.getJsonArray("existing_puids").forEach(p -> already.add(((JsonString) p).getString()));
            }
        }
        if (byIndex.isEmpty() && already.isEmpty()) {
            // a refusal of the call itself (e.g. more than 100): every statement carries the message
            String message = body.getString("message", "refused");
            for (int i = 0; i < size; i++) {
                byIndex.put(i, message);
            }
        }
        return new Refused(byIndex, already);
    }

    /** "field: message; field: message", as staff read it on the dashboard. */
    private static String messages(JsonObject fieldErrors) {
        StringBuilder out = new StringBuilder();
        fieldErrors.forEach((field, list) -> {
            for (JsonValue m : list.asJsonArray()) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(field).append(": ").append(((JsonString) m).getString());
            }
        });
        return out.toString();
    }
}
