package org.notegarden.commerce.internal.plugins;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * One plugin folder's outcome: the running plugin with its class loader, or why it is not
 * running. The last error of a call into it is kept for the admin's list.
 */
public final class LoadedPlugin {
    private final String id;
    private final String version;
    private final String spiVersion;
    private final Path folder;
    private final PluginState state;
    private final String reason;
    private final StorefrontPlugin plugin;
    private final PluginClassLoader loader;
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastErrorAt = new AtomicReference<>();

    private LoadedPlugin(String id, String version, String spiVersion, Path folder, PluginState state, String reason,
                         StorefrontPlugin plugin, PluginClassLoader loader) {
        this.id = id;
        this.version = version;
        this.spiVersion = spiVersion;
        this.folder = folder;
        this.state = state;
        this.reason = reason;
        this.plugin = plugin;
        this.loader = loader;
    }

    static LoadedPlugin active(String id, String version, String spi, Path folder, StorefrontPlugin plugin, PluginClassLoader loader) {
        return new LoadedPlugin(id, version, spi, folder, PluginState.ACTIVE, null, plugin, loader);
    }

    static LoadedPlugin notRunning(String id, String version, String spi, Path folder, PluginState state, String reason) {
        return new LoadedPlugin(id, version, spi, folder, state, reason, null, null);
    }

    public String id() { return id; }
    public String version() { return version; }
    public String spiVersion() { return spiVersion; }
    public Path folder() { return folder; }
    public PluginState state() { return state; }
    /** Why it is REFUSED or FAILED; null when ACTIVE. */
    public String reason() { return reason; }
    StorefrontPlugin plugin() { return plugin; }
    ClassLoader loader() { return loader; }
    public String lastError() { return lastError.get(); }
    public Instant lastErrorAt() { return lastErrorAt.get(); }

    void recordError(String message, Instant at) {
        lastError.set(message);
        lastErrorAt.set(at);
    }

    /** Stops the plugin (failures ignored: it is going away) and releases its JARs. */
    void unload(PluginGuard guard) {
        if (plugin != null) {
            guard.callQuietly(this, "stop", () -> {
                plugin.stop();
                return null;
            });
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
