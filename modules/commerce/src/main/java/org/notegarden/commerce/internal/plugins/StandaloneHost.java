package org.notegarden.commerce.internal.plugins;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin host outside the server, for a partner's tests (see commerce.api.PluginTrial): the
 * same loader, bytecode verification, permissions, context and guard the server uses, with the
 * server's default limits and configuration given as a map instead of MicroProfile Config.
 */
public final class StandaloneHost {
    /** The server's defaults: notegarden.plugins.call-timeout-ms, threads, queue and breaker settings. */
    private static final PluginGuard.Limits DEFAULTS = new PluginGuard.Limits(Duration.ofMillis(3000), 8, 64, 5, Duration.ofSeconds(30));

    private StandaloneHost() {
    }

    /**
     * @param directory the plugins directory (one folder per plugin)
     * @param config full configuration keys, e.g. {@code notegarden.plugin.gift-wrap.fee}, and
     *               {@code notegarden.plugins.permissions.<id>} for what the operator allowed
     */
    public static PluginHost open(Path directory, Map<String, String> config, Clock clock) {
        PluginGuard guard = new PluginGuard(r -> {
            Thread t = new Thread(r, "plugin-trial");
            t.setDaemon(true);
            return t;
        }, DEFAULTS, clock, (id, from, to, reason) -> { });
        return new PluginHost(directory, guard,
                id -> new HostPluginContext(id, key -> Optional.ofNullable(config.get(key)), clock,
                        PluginPermissions.hosts(permissions(config, id))),
                id -> PluginPermissions.parse(id, permissions(config, id)));
    }

    private static String permissions(Map<String, String> config, String pluginId) {
        return config.getOrDefault("notegarden.plugins.permissions." + pluginId, "");
    }
}
