package org.notegarden.commerce.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.notegarden.storefront.spi.PluginHttp;

/**
 * A plugin's HTTP, limited to the hosts the operator allowed it ({@code network:<host>} or
 * {@code network:<host>:<port>}). Redirects are not followed (one could lead elsewhere), and time
 * and answer size are bounded, so a slow or huge provider costs the plugin's own time budget only.
 */
final class HostCheckedHttp implements PluginHttp {
    static final int MAX_BODY = 1 << 20;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final String pluginId;
    private final Set<String> allowed;
    /** Made on first use: most plugins never call out, and a client keeps a selector thread. */
    private HttpClient client;

    /** @param allowed hosts ({@code pay.example.com}) or host and port ({@code 127.0.0.1:8443}), lower case */
    HostCheckedHttp(String pluginId, Set<String> allowed) {
        this.pluginId = pluginId;
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public Response send(String method, String url, Map<String, String> headers, byte[] body) throws IOException {
        URI uri = allowedUri(url);
        String verb = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(verb)) {
            throw new IOException("method " + method + " is not offered to plugins");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> answer = client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (InputStream in = answer.body()) {
                bytes = in.readNBytes(MAX_BODY);
            }
            Map<String, java.util.List<String>> names = new TreeMap<>();
            answer.headers().map().forEach((k, v) -> names.put(k.toLowerCase(Locale.ROOT), v));
            return new Response(answer.statusCode(), names, bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    private URI allowedUri(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IOException("only http and https are offered to plugins");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (!allowed.contains(host) && !allowed.contains(host + ":" + port)) {
            throw new IOException("plugin " + pluginId + " may not reach " + host + ":" + port
                    + " (allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(allowed))) + ")");
        }
        return uri;
    }
}
