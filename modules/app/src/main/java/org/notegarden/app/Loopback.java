package org.notegarden.app;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.notegarden.platform.api.ProblemException;

/**
 * Asks this same server for something Payara serves outside the app (its metrics, its OpenAPI
 * document), over loopback on the port the current request came in on. Anything but a 200 is
 * the caller's "unavailable" problem.
 */
public final class Loopback {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Loopback() {
    }

    /** A request for {@code path} (from the server root) on the port {@code request} came in on. */
    public static HttpRequest.Builder to(HttpServletRequest request, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + request.getLocalPort() + path));
    }

    /** The 200 answer to {@code ask}; otherwise, or when the server does not answer, {@code unavailable}. */
    public static HttpResponse<String> ok(HttpRequest ask, Supplier<ProblemException> unavailable) {
        try {
            HttpResponse<String> r = CLIENT.send(ask, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw unavailable.get();
            }
            return r;
        } catch (IOException e) {
            throw unavailable.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable.get();
        }
    }
}
