package org.notegarden.storefront.spi;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * HTTP to the hosts an operator allowed this plugin ({@code notegarden.plugins.permissions.<id>=network:pay.example.com}),
 * the way a payment or shipping plugin reaches its provider. The host refuses any other host, does
 * not follow redirects, and bounds time and size. Plugins use this instead of {@code java.net},
 * which the host's verifier refuses unless the operator allowed the whole network.
 *
 * @since 1.3
 */
public interface PluginHttp {
    /**
     * Sends one request and waits for the answer.
     *
     * @param method  GET, POST, PUT, PATCH or DELETE
     * @param url     an absolute http or https URL on an allowed host
     * @param headers request headers (may be empty)
     * @param body    the request body, or null for none
     * @throws IOException when the host is not allowed, the URL is not http(s), or the exchange fails or times out
     */
    Response send(String method, String url, Map<String, String> headers, byte[] body) throws IOException;

    /** The answer: status, headers (names in lower case) and body (at most 1 MB is read). */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public Response {
            headers = Map.copyOf(headers);
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }
}
