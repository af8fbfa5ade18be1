package org.notegarden.commerce.internal.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows each plugin's state in /health. A broken plugin is reported but keeps the server UP:
 * one partner's mistake must not take the storefront out of the load balancer.
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
        HealthCheckResponseBuilder b = HealthCheckResponse.named("storefront-plugins").up();
        for (LoadedPlugin p : plugins.host().plugins()) {
            b.withData(p.id(), p.state().name() + (p.reason() == null ? "" : ": " + p.reason()));
        }
        return b.build();
    }
}
