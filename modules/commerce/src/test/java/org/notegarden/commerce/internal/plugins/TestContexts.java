package org.notegarden.commerce.internal.plugins;

import java.time.Clock;
import java.util.Optional;

/** Plugin contexts without configuration, for tests outside this package. */
public final class TestContexts {
    public org.notegarden.storefront.spi.PluginContext of(String id) {
        return new HostPluginContext(id, key -> Optional.empty(), Clock.systemUTC());
    }
}
