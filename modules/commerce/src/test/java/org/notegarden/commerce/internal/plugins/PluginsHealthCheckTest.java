package org.notegarden.commerce.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * Found by running the suite twice: a readiness probe that arrived while the WAR was still
 * deploying loaded the plugins on its request thread, where Payara gives no managed threads
 * ("module is disabled"), so every plugin failed to start and no order could be paid.
 */
class PluginsHealthCheckTest {
    @Test
    void beforeStartUpLoadedThePluginsTheServerIsNotReadyAndTheProbeLoadsNothing() {
        StorefrontPlugins notYetLoaded = new StorefrontPlugins();
        HealthCheckResponse r = new PluginsHealthCheck(notYetLoaded).call();
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        assertEquals("not loaded yet", r.getData().orElseThrow().get("plugins"));
        assertTrue(notYetLoaded.loaded().isEmpty(), "the probe did not load the plugins");
    }
}
