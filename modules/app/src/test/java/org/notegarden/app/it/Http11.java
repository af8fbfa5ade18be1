package org.notegarden.app.it;

import java.net.http.HttpClient;

/**
 * The JDK HTTP client the tests use: HTTP/1.1 from the first request. Left to its default, the
 * client offers HTTP/2 on every new plain-HTTP connection ({@code Upgrade: h2c}); Payara Micro
 * accepts, and its Grizzly now and then breaks the framing of that first answer: a CI run's
 * QueryParametersIT failed with "protocol error: Frame type(101) length(7562088) exceeds
 * MAX_FRAME_SIZE" ("sche" of "schema" read as a frame header), and 12 of 1,800 new connections
 * broke the same way fetching the API document from six threads (the benchmark
 * {@code UpgradeOfferCheck}, which also shows why the listener keeps HTTP/2 on; README, "API
 * clients in Java"). {@code ItHttpClientsTest} keeps every test on this client.
 */
public final class Http11 {
    private Http11() {
    }

    /** A builder already set to HTTP/1.1, for a timeout or other settings. */
    public static HttpClient.Builder builder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }

    public static HttpClient client() {
        return builder().build();
    }
}
