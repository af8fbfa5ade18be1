package org.notegarden.compliance.internal.tdb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how statements go to the DSA Transparency Database. Off unless an endpoint is
 * configured: statements still queue, and are sent once it is.
 */
@ApplicationScoped
public class TdbSettings {
    /** The database takes at most this many statements per call. */
    static final int MAX_BATCH = 100;

    Optional<String> url;
    Optional<String> token;
    int batchSize;
    int pollSeconds;
    int timeoutSeconds;
    int retrySeconds;

    @Inject
    public TdbSettings(@ConfigProperty(name = "notegarden.dsa.tdb.url") Optional<String> url,
            @ConfigProperty(name = "notegarden.dsa.tdb.token") Optional<String> token,
            @ConfigProperty(name = "notegarden.dsa.tdb.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "notegarden.dsa.tdb.poll-seconds", defaultValue = "60") int pollSeconds,
            @ConfigProperty(name = "notegarden.dsa.tdb.timeout-seconds", defaultValue = "30") int timeoutSeconds,
            @ConfigProperty(name = "notegarden.dsa.tdb.first-retry-seconds", defaultValue = "60") int retrySeconds) {
        this.url = url.map(String::strip).filter(u -> !u.isEmpty());
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
        this.batchSize = Math.max(1, Math.min(MAX_BATCH, batchSize));
        this.pollSeconds = Math.max(1, pollSeconds);
        this.timeoutSeconds = Math.max(1, timeoutSeconds);
        this.retrySeconds = Math.max(1, retrySeconds);
    }

    /** For the CDI container's proxy only. */
    protected TdbSettings() {
    }

    boolean enabled() {
        return url.isPresent() && token.isPresent();
    }

    /** The multiple-statements endpoint, e.g. {@code https://transparency.dsa.ec.europa.eu/api/v1/statements}. */
    URI endpoint() {
        return URI.create(url.orElseThrow());
    }

    String token() {
        return token.orElseThrow();
    }

    int batchSize() {
        return batchSize;
    }

    int pollSeconds() {
        return pollSeconds;
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The wait after the first failed try; it doubles with each further one. */
    Duration firstRetryWait() {
        return Duration.ofSeconds(retrySeconds);
    }
}
