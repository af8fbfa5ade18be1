package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * One HTTP try of one delivery: a signed POST of the event's JSON. Redirects are not followed
 * (a 3xx is a failure the merchant fixes by registering the final URL), and only the first bytes
 * of an answer are read, for the log.
 */
@ApplicationScoped
public class WebhookSender {
    /** What the endpoint did with a try: its status (null when there was no HTTP answer) and a word on why it failed. */
    record Outcome(Integer status, String error, long durationMs) {
    }

    private static final int ANSWER_BYTES_KEPT = 200;

    WebhookSettings settings;
    WebhookTargets targets;
    Clock clock;
    HttpClient http;

    @Inject
    public WebhookSender(WebhookSettings settings, WebhookTargets targets, Clock clock) {
        this.settings = settings;
        this.targets = targets;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** For the CDI container's proxy only. */
    protected WebhookSender() {
    }

    Outcome send(WebhookEndpoint endpoint, WebhookEvent event, long deliveryId) {
        long started = System.nanoTime();
        URI uri = URI.create(endpoint.getUrl());
        Optional<String> refused = targets.refusal(uri);
        if (refused.isPresent()) {
            return new Outcome(null, refused.get(), 0);
        }
        String body = event.getPayload();
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Notegarden-Webhooks/1")
                .header("Notegarden-Event-Id", event.getEventId())
                .header("Notegarden-Event-Type", event.getType())
                .header("Notegarden-Delivery-Id", Long.toString(deliveryId))
                .header(WebhookSignature.HEADER, WebhookSignature.header(endpoint.getSecret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(ANSWER_BYTES_KEPT), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            String error = status >= 200 && status < 300 ? null : ("HTTP " + status + (answer.isBlank() ? "" : ": " + answer.strip()));
            return new Outcome(status, error, millisSince(started));
        } catch (IOException e) {
            return new Outcome(null, "no answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(started));
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
