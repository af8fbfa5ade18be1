package org.notegarden.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.notegarden.app.it.Http11;

/**
 * What a Java API client on its defaults gets from a running server: each of {@code threads}
 * threads opens {@code connections} new JDK HttpClients (each a new connection, so each first
 * request offers HTTP/2 by upgrade, {@code Upgrade: h2c}) and fetches {@code url} once, and the
 * answers are counted by what went wrong: broken framing (an exception), no Content-Type, a body
 * other than the one an HTTP/1.1 client gets, or nothing. The README ("API clients in Java")
 * has the figures for the listener with and without HTTP/2; re-run it when Payara is upgraded.
 * With {@code http1.1} as the fourth argument the clients are pinned to HTTP/1.1 instead (no offer),
 * for comparison.
 *
 * <p>Usage: {@code UpgradeOfferCheck <url> [threads=6] [connections per thread=300] [default|http1.1]}
 */
public final class UpgradeOfferCheck {
    private UpgradeOfferCheck() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        boolean pinned = args.length > 3 && args[3].equals("http1.1");
        String expected = Http11.client().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = 0; i < connections; i++) {
                    outcomes.computeIfAbsent(fetchOnce(url, expected, pinned), k -> new AtomicInteger()).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.printf("%d new connections to %s (%d bytes as HTTP/1.1), clients %s:%n", threads * connections, url,
                expected.length(), pinned ? "pinned to HTTP/1.1" : "on their defaults");
        outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue().get(), e.getKey()));
    }

    private static String fetchOnce(URI url, String expected, boolean pinned) {
        HttpClient client = pinned ? Http11.client() : HttpClient.newHttpClient();
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            String version = r.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
            if (r.headers().firstValue("Content-Type").isEmpty()) {
                return version + ", no Content-Type" + (r.body().equals(expected) ? "" : ", body differs");
            }
            return version + (r.body().equals(expected) ? ", whole" : ", body differs");
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage());
            return "failed: " + e.getClass().getSimpleName() + (message.contains("Frame type") ? " (broken HTTP/2 framing)" : ": " + message);
        }
    }
}
