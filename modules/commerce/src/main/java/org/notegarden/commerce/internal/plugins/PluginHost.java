package org.notegarden.commerce.internal.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.notegarden.commerce.internal.plugins.verify.Permission;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.SpiVersion;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * The loaded set of plugins from one plugins directory (one sub-folder per plugin). Reloading
 * loads the new set first and then unloads the old one, so the storefront is never without
 * plugins in between. Plain Java, so it is unit-tested without a container.
 */
public final class PluginHost {
    private final Path directory;
    private final PluginGuard guard;
    private final PluginLoader loader;
    private volatile List<LoadedPlugin> plugins = List.of();

    public PluginHost(Path directory, PluginGuard guard, Function<String, ? extends PluginContext> contexts,
                      Function<String, java.util.Set<Permission>> permissions) {
        this.directory = directory;
        this.guard = guard;
        this.loader = new PluginLoader(SpiVersion.CURRENT, guard, contexts, permissions);
    }

    /** One extension of a running plugin, with the plugin it came from (for containment). */
    public record Extension<T>(LoadedPlugin plugin, T extension) {
    }

    public synchronized List<LoadedPlugin> reload() {
        List<LoadedPlugin> fresh = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> folders = Files.list(directory)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
                    fresh.add(loader.load(folder));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the plugins directory " + directory, e);
            }
        }
        List<LoadedPlugin> old = plugins;
        plugins = List.copyOf(fresh);
        old.forEach(p -> p.unload(guard));
        return plugins;
    }

    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    public PluginGuard guard() {
        return guard;
    }

    /**
     * The extensions of one kind from every running plugin, e.g. {@code extensions(StorefrontPlugin::promotions)}.
     * Each plugin's lists are read once through its guard and kept ({@link DeclaredExtensions});
     * a plugin whose getter fails contributes nothing of that kind, has the failure recorded, and
     * is asked again next time.
     */
    public <T> List<Extension<T>> extensions(Function<StorefrontPlugin, List<T>> kind) {
        List<Extension<T>> out = new ArrayList<>();
        for (LoadedPlugin p : plugins) {
            if (!p.running()) {
                continue;
            }
            DeclaredExtensions declared = declaredBy(p);
            if (declared != null) {
                kind.apply(declared).forEach(e -> out.add(new Extension<>(p, e)));
            }
        }
        return out;
    }

    /** The plugin's lists: kept ones, or read now (kept only when every getter answered); null when the reading failed. */
    private DeclaredExtensions declaredBy(LoadedPlugin p) {
        DeclaredExtensions kept = p.declared();
        if (kept != null) {
            return kept;
        }
        DeclaredExtensions read = guard.callQuietly(p, "extensions", () -> DeclaredExtensions.readFrom(p.plugin()));
        if (read == null) {
            return null;
        }
        if (read.unreadable().isEmpty()) {
            p.rememberDeclared(read);
        } else {
            guard.recordFailure(p, "extensions", "could not be read: " + String.join(", ", read.unreadable()));
        }
        return read;
    }

    public synchronized void shutdown() {
        plugins.forEach(p -> p.unload(guard));
        plugins = List.of();
    }
}
