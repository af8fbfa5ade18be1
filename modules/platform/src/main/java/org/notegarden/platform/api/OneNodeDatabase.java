package org.notegarden.platform.api;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the app runs on the embedded H2 file (the default, {@code notegarden.db.url} unset or
 * {@code jdbc:h2:…}). One H2 file serves one node, so work that only coordinates nodes (leases
 * between nodes, looking for what other nodes wrote) has nobody to coordinate with there and is
 * left out: on H2 it would only add a write every few seconds to a file that must survive
 * {@code kill -9}.
 */
public final class OneNodeDatabase {
    private OneNodeDatabase() {
    }

    public static boolean inUse() {
        return ConfigProvider.getConfig().getOptionalValue("notegarden.db.url", String.class)
                .map(url -> url.startsWith("jdbc:h2:")).orElse(true);
    }
}
