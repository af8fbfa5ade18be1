package org.notegarden.app.it.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A merchant's webhook receiver on a local port, written from the documentation alone: it checks
 * every delivery's {@code Notegarden-Signature} (HMAC-SHA256 of {@code "<t>.<body>"} with the
 * endpoint's secret, timestamp no older than five minutes) and answers 401 when it does not hold.
 * Each path ({@code /hooks/<name>}) is one endpoint with its own secret; tests script failures.
 */
final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived, and whether its signature held. */
    record Received(String path, String eventId, String eventType, String deliveryId, JsonObject body, boolean signatureValid,
                    int answered) {
    }

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Integer>> scripted = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/", this::handle);
        server.start();
    }

    /** The URL to register for {@code name}. */
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    /** The secret the app answered when {@code name}'s endpoint was registered. */
    void secret(String name, String secret) {
        secrets.put("/hooks/" + name, secret);
    }

    /** The next calls to {@code name} are answered with these statuses, in order, whatever they hold. */
    void failNext(String name, Integer... statuses) {
        scripted.computeIfAbsent("/hooks/" + name, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    List<Received> at(String name) {
        synchronized (received) {
            return received.stream().filter(r -> r.path().equals("/hooks/" + name)).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean valid = verify(secrets.get(path), exchange.getRequestHeaders().getFirst("Notegarden-Signature"), raw);
        Integer failure = scripted.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
        int status = !valid ? 401 : failure != null ? failure : 204;
        JsonObject body = raw.startsWith("{") ? Json.createReader(new StringReader(raw)).readObject() : JsonObject.EMPTY_JSON_OBJECT;
        received.add(new Received(path, exchange.getRequestHeaders().getFirst("Notegarden-Event-Id"),
                exchange.getRequestHeaders().getFirst("Notegarden-Event-Type"),
                exchange.getRequestHeaders().getFirst("Notegarden-Delivery-Id"), body, valid, status));
        byte[] answer = status == 204 ? new byte[0] : ("refused with " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    /** What a receiver must do: recompute over the raw bytes, compare in constant time, refuse old timestamps. */
    static boolean verify(String secret, String header, String rawBody) {
        if (secret == null || header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + rawBody).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
