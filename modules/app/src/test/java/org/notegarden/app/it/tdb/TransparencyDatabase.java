package org.notegarden.app.it.tdb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A local stand-in for the DSA Transparency Database's multiple-statements endpoint
 * ({@code POST /api/v1/statements}), answering as its API documentation says: 401 without the
 * right bearer token; 422 with errors per statement ({@code statement_0} …) when any statement
 * breaks its rules ({@link TdbRules}) and then nothing is stored; 422 with {@code existing_puids}
 * for puids it holds already; 201 with every statement and its new uuid. Tests can make it fail
 * the next calls with a server error, or refuse one puid once, to see the sender cope.
 */
public final class TransparencyDatabase implements AutoCloseable {
    private final HttpServer server;
    private final String token;
    private final Map<String, JsonObject> stored = new ConcurrentHashMap<>();
    private final Map<String, String> uuids = new ConcurrentHashMap<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedDeque<Integer> scriptedFailures = new ConcurrentLinkedDeque<>();
    private final Map<String, String> refuseOnce = new ConcurrentHashMap<>();

    /** One call as received: the puids in it and the status answered. */
    public record Call(List<String> puids, int status) {
    }

    public TransparencyDatabase(int port, String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/api/v1/statements", this::handle);
        server.start();
    }

    /** The next calls are answered with these statuses (e.g. 500, 500) before the rules apply again. */
    public void failNext(int... statuses) {
        for (int s : statuses) {
            scriptedFailures.add(s);
        }
    }

    /** The next time this puid comes, it is refused with this message on this field. */
    public void refuseOnce(String puid, String field, String message) {
        refuseOnce.put(puid, field + "\u0000" + message);
    }

    public JsonObject stored(String puid) {
        return stored.get(puid);
    }

    public String uuidOf(String puid) {
        return uuids.get(puid);
    }

    /** The calls that carried this puid, in order. */
    public List<Call> callsWith(String puid) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.puids().contains(puid)).toList();
        }
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            if (!"POST".equals(x.getRequestMethod())) {
                answer(x, 405, Json.createObjectBuilder().add("message", "Method not allowed").build());
                return;
            }
            if (!("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer(x, 401, Json.createObjectBuilder().add("message", "Unauthenticated.").build());
                return;
            }
            JsonObject body;
            try (InputStream in = x.getRequestBody()) {
                body = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
            }
            List<JsonObject> statements = body.containsKey("statements")
                    ? body.getJsonArray("statements").getValuesAs(JsonObject.class) : List.of();
            List<String> puids = statements.stream().map(s -> s.getString("puid", "")).toList();
            Integer failure = scriptedFailures.poll();
            if (failure != null) {
                calls.add(new Call(puids, failure));
                answer(x, failure, Json.createObjectBuilder().add("message", "Server Error").build());
                return;
            }
            int status = store(x, statements, puids);
            calls.add(new Call(puids, status));
        }
    }

    private int store(HttpExchange x, List<JsonObject> statements, List<String> puids) throws IOException {
        if (statements.isEmpty() || statements.size() > 100) {
            JsonObject e = Json.createObjectBuilder().add("message", "The statements field must have between 1 and 100 items.")
                    .add("errors", Json.createObjectBuilder().add("statements", Json.createArrayBuilder()
                            .add("The statements field must have between 1 and 100 items."))).build();
            return answer(x, 422, e);
        }
        JsonObjectBuilder errors = Json.createObjectBuilder();
        boolean invalid = false;
        for (int i = 0; i < statements.size(); i++) {
            Map<String, List<String>> mine = new LinkedHashMap<>(TdbRules.check(statements.get(i)));
            String refusal = refuseOnce.remove(puids.get(i));
            if (refusal != null) {
                String[] parts = refusal.split("\u0000", 2);
                mine.computeIfAbsent(parts[0], f -> new ArrayList<>()).add(parts[1]);
            }
            if (!mine.isEmpty()) {
                invalid = true;
                JsonObjectBuilder fields = Json.createObjectBuilder();
                mine.forEach((field, messages) -> fields.add(field, Json.createArrayBuilder(messages)));
                errors.add("statement_" + i, fields);
            }
        }
        if (invalid) {
            return answer(x, 422, Json.createObjectBuilder().add("errors", errors).build());
        }
        Set<String> seen = new HashSet<>();
        List<String> existing = puids.stream().filter(p -> stored.containsKey(p) || !seen.add(p)).toList();
        if (!existing.isEmpty()) {
            String message = "The platform identifier(s) are not all unique within this call.";
            return answer(x, 422, Json.createObjectBuilder().add("message", message).add("errors", Json.createObjectBuilder()
                    .add("puid", Json.createArrayBuilder().add(message)).add("existing_puids", Json.createArrayBuilder(existing)))
                    .build());
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonObject s : statements) {
            String uuid = UUID.randomUUID().toString();
            stored.put(s.getString("puid"), s);
            uuids.put(s.getString("puid"), uuid);
            JsonObjectBuilder echo = Json.createObjectBuilder(s);
            echo.add("uuid", uuid).add("created_at", "2026-01-01 00:00:00").add("platform_name", "Notegarden");
            out.add(echo);
        }
        return answer(x, 201, Json.createObjectBuilder().add("statements", out).build());
    }

    private static int answer(HttpExchange x, int status, JsonValue body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        return status;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
