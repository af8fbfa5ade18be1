package org.notegarden.commerce.internal.plugins;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * One plugin folder's outcome: the running plugin with its class loader, its own bounded
 * threads and its circuit breaker, or why it is not running. The last error of a call into it
 * is kept for the admin's list.
 */
public final class LoadedPlugin {
    /** What the admin list says about a plugin besides its state. */
    public record Description(String id, String version, String spiVersion, String displayName, String vendor,
                              List<String> permissions) {
        static Description unknown(String id) {
            return new Description(id, "?", "?", id, "", List.of());
        }
    }

    private final Description description;
    private final Path folder;
    private final PluginState loadState;
    private final String reason;
    private final StorefrontPlugin plugin;
    private final PluginClassLoader loader;
    private final PluginWorkers workers;
    private final CircuitBreaker breaker;
    private final AtomicReference<DeclaredExtensions> declared = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastErrorAt = new AtomicReference<>();

    private LoadedPlugin(Description description, Path folder, PluginState loadState, String reason,
                         StorefrontPlugin plugin, PluginClassLoader loader, PluginWorkers workers, CircuitBreaker breaker) {
        this.description = description;
        this.folder = folder;
        this.loadState = loadState;
        this.reason = reason;
        this.plugin = plugin;
        this.loader = loader;
        this.workers = workers;
        this.breaker = breaker;
    }

    static LoadedPlugin active(Description d, Path folder, StorefrontPlugin plugin, PluginClassLoader loader, PluginGuard guard) {
        return new LoadedPlugin(d, folder, PluginState.ACTIVE, null, plugin, loader, guard.workersFor(d.id()),
                guard.breakerFor(d.id()));
    }

    static LoadedPlugin notRunning(Description d, Path folder, PluginState state, String reason) {
        return new LoadedPlugin(d, folder, state, reason, null, null, null, null);
    }

    /** The same plugin with its display name, read from the running plugin once it started. */
    LoadedPlugin named(String displayName) {
        Description d = description;
        return new LoadedPlugin(new Description(d.id(), d.version(), d.spiVersion(), displayName, d.vendor(), d.permissions()),
                folder, loadState, reason, plugin, loader, workers, breaker);
    }

    public String id() { return description.id(); }
    public String version() { return description.version(); }
    public String spiVersion() { return description.spiVersion(); }
    public Description description() { return description; }
    public Path folder() { return folder; }

    /** ACTIVE, DEGRADED while its circuit is not closed, or why it never ran (REFUSED, FAILED). */
    public PluginState state() {
        if (loadState == PluginState.ACTIVE && breaker.state() != CircuitBreaker.State.CLOSED) {
            return PluginState.DEGRADED;
        }
        return loadState;
    }

    /** Loaded and started: its extensions are offered, and calls pass its breaker. */
    public boolean running() {
        return loadState == PluginState.ACTIVE;
    }

    /** Why it is REFUSED or FAILED; null when running. */
    public String reason() { return reason; }
    StorefrontPlugin plugin() { return plugin; }
    ClassLoader loader() { return loader; }
    PluginWorkers workers() { return workers; }
    CircuitBreaker breaker() { return breaker; }
    /** Its extension lists once they were all read; null before. */
    DeclaredExtensions declared() { return declared.get(); }
    void rememberDeclared(DeclaredExtensions lists) { declared.compareAndSet(null, lists); }
    public String lastError() { return lastError.get(); }
    public Instant lastErrorAt() { return lastErrorAt.get(); }

    /** Its threads stuck in calls past the time budget (never more than its thread cap). */
    public int hungThreads() {
        return workers == null ? 0 : workers.hung();
    }

    /** Its threads alive now. */
    public int threads() {
        return workers == null ? 0 : workers.threads();
    }

    public void recordError(String message, Instant at) {
        lastError.set(message);
        lastErrorAt.set(at);
    }

    /** Stops the plugin (failures ignored: it is going away), ends its threads and releases its JARs. */
    void unload(PluginGuard guard) {
        if (plugin != null) {
            guard.callQuietly(this, "stop", () -> {
                plugin.stop();
                return null;
            });
        }
        if (workers != null) {
            workers.shutdown();
        }
        if (loader != null) {
            try {
                loader.close();
            } catch (java.io.IOException ignored) {
                // the JAR files stay open until the JVM exits; nothing else to do
            }
        }
    }
}
