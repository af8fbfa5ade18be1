package org.notegarden.commerce.internal.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows each plugin's state in /health. A broken plugin is reported but keeps the server UP:
 * one partner's mistake must not take the storefront out of the load balancer. Until the
 * application has loaded its plugins (at start-up) the server is not ready; the check itself
 * never loads them, because Payara answers /health while the WAR is still deploying and a plugin
 * started from such a request gets no threads ("module is disabled") and fails.
 */
@Readiness
@ApplicationScoped
public class PluginsHealthCheck implements HealthCheck {
    StorefrontPlugins plugins;

    @Inject
    public PluginsHealthCheck(StorefrontPlugins plugins) {
        this.plugins = plugins;
    }

    /** For the CDI container's proxy only. */
    protected PluginsHealthCheck() {
    }

    @Override
    public HealthCheckResponse call() {
        Optional<PluginHost> host = plugins.loaded();
        if (host.isEmpty()) {
            return new HealthCheckResponse("storefront-plugins", HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("plugins", "not loaded yet")));
        }
        HealthCheckResponseBuilder b = HealthCheckResponse.named("storefront-plugins").up();
        for (LoadedPlugin p : host.get().plugins()) {
            b.withData(p.id(), p.state().name() + (p.reason() == null ? "" : ": " + p.reason()));
        }
        return b.build();
    }
}
