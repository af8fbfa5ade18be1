package org.notegarden.commerce.internal.plugins;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.notegarden.commerce.internal.plugins.verify.Permission;

/** Guards and permission tables for tests, with plain daemon threads and breaker events kept in a list. */
public final class TestGuards {
    /** Breaker changes seen, as "id FROM->TO". */
    public final CopyOnWriteArrayList<String> breakerEvents = new CopyOnWriteArrayList<>();

    public PluginGuard guard(Duration timeout, int threadsPerPlugin, int queuePerPlugin, int failuresToOpen, Duration openFor) {
        return new PluginGuard(r -> new Thread(r), new PluginGuard.Limits(timeout, threadsPerPlugin, queuePerPlugin, failuresToOpen, openFor),
                Clock.systemUTC(), (id, from, to, reason) -> breakerEvents.add(id + " " + from + "->" + to));
    }

    public PluginGuard guard(Duration timeout) {
        return guard(timeout, 4, 16, 5, Duration.ofSeconds(30));
    }

    /** Nothing beyond the defaults for any plugin, except what {@code allowed} lists. */
    public static Function<String, Set<Permission>> permissions(Map<String, Set<Permission>> allowed) {
        return id -> allowed.getOrDefault(id, EnumSet.noneOf(Permission.class));
    }

    /** What LoadedPlugin counts, for tests outside this package. */
    public static int hungThreads(LoadedPlugin p) {
        return p.hungThreads();
    }
}
