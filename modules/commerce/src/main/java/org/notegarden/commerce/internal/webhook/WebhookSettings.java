package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How webhooks are sent; every value has a production default and is an operator's setting. */
@ApplicationScoped
public class WebhookSettings {
    int firstRetrySeconds;
    int retryHours;
    int timeoutSeconds;
    int pollSeconds;
    boolean allowPrivateTargets;
    int endpointsPerOwner;

    @Inject
    public WebhookSettings(
            @ConfigProperty(name = "notegarden.webhooks.first-retry-seconds", defaultValue = "60") int firstRetrySeconds,
            @ConfigProperty(name = "notegarden.webhooks.retry-hours", defaultValue = "24") int retryHours,
            @ConfigProperty(name = "notegarden.webhooks.timeout-seconds", defaultValue = "10") int timeoutSeconds,
            @ConfigProperty(name = "notegarden.webhooks.poll-seconds", defaultValue = "5") int pollSeconds,
            @ConfigProperty(name = "notegarden.webhooks.allow-private-targets", defaultValue = "false") boolean allowPrivateTargets,
            @ConfigProperty(name = "notegarden.webhooks.endpoints-per-owner", defaultValue = "10") int endpointsPerOwner) {
        this.firstRetrySeconds = Math.max(1, firstRetrySeconds);
        this.retryHours = Math.max(1, retryHours);
        this.timeoutSeconds = Math.max(1, timeoutSeconds);
        this.pollSeconds = Math.max(1, pollSeconds);
        this.allowPrivateTargets = allowPrivateTargets;
        this.endpointsPerOwner = Math.max(1, endpointsPerOwner);
    }

    /** For the CDI container's proxy only. */
    protected WebhookSettings() {
    }

    /** The wait after the first failed try; it doubles with each further one. */
    Duration firstRetryWait() {
        return Duration.ofSeconds(firstRetrySeconds);
    }

    /** How long a delivery is retried before it is given up (24 h). */
    Duration retryFor() {
        return Duration.ofHours(retryHours);
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    int pollSeconds() {
        return pollSeconds;
    }

    /**
     * Whether endpoints may be plain http and on loopback or private addresses. Off in production
     * (a merchant must not make the server call into its own network); on for local tests and
     * for operators whose receivers sit on an internal network.
     */
    boolean allowPrivateTargets() {
        return allowPrivateTargets;
    }

    int endpointsPerOwner() {
        return endpointsPerOwner;
    }
}
