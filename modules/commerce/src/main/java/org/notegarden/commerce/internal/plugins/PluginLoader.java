package org.notegarden.commerce.internal.plugins;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.notegarden.commerce.internal.plugins.LoadedPlugin.Description;
import org.notegarden.commerce.internal.plugins.verify.Permission;
import org.notegarden.commerce.internal.plugins.verify.PluginVerifier;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.SpiVersion;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * Turns one plugin folder into a {@link LoadedPlugin}: all its JARs form the class path, exactly
 * one of them declares the plugin in its manifest, the SPI version must be one this host can
 * offer, its bytecode must pass the forbidden-API verification (with the permissions the
 * operator allowed it), {@link ServiceLoader} must find exactly one plugin with the declared id, and its
 * {@code start} must succeed. Any other outcome is a refusal or failure with a reason.
 */
final class PluginLoader {
    private final SpiVersion host;
    private final PluginGuard guard;
    private final Function<String, ? extends PluginContext> contexts;
    private final Function<String, Set<Permission>> permissions;
    private final PluginVerifier verifier = new PluginVerifier();

    PluginLoader(SpiVersion host, PluginGuard guard, Function<String, ? extends PluginContext> contexts,
                 Function<String, Set<Permission>> permissions) {
        this.host = host;
        this.guard = guard;
        this.contexts = contexts;
        this.permissions = permissions;
    }

    LoadedPlugin load(Path folder) {
        String name = folder.getFileName().toString();
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return LoadedPlugin.notRunning(Description.unknown(name), folder, PluginState.REFUSED, "cannot read the folder: " + e.getMessage());
        }
        if (jars.isEmpty()) {
            return LoadedPlugin.notRunning(Description.unknown(name), folder, PluginState.REFUSED, "the folder holds no JAR");
        }
        List<Manifest> declaring = new ArrayList<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest m = file.getManifest();
                if (m != null && m.getMainAttributes().getValue(PluginCompatibility.ID) != null) {
                    declaring.add(m);
                }
            } catch (IOException e) {
                return LoadedPlugin.notRunning(Description.unknown(name), folder, PluginState.REFUSED,
                        jar.getFileName() + " is not a readable JAR");
            }
        }
        if (declaring.size() != 1) {
            return LoadedPlugin.notRunning(Description.unknown(name), folder, PluginState.REFUSED, declaring.isEmpty()
                    ? "no JAR declares " + PluginCompatibility.ID + " in its manifest"
                    : "more than one JAR declares a plugin");
        }
        Manifest manifest = declaring.get(0);
        String declaredSpi = String.valueOf(manifest.getMainAttributes().getValue(PluginCompatibility.SPI_VERSION));
        PluginCompatibility.Verdict verdict = PluginCompatibility.check(manifest, host);
        if (verdict.accepted().isEmpty()) {
            String id = manifest.getMainAttributes().getValue(PluginCompatibility.ID);
            String version = manifest.getMainAttributes().getValue(PluginCompatibility.VERSION);
            return LoadedPlugin.notRunning(new Description(id, String.valueOf(version), declaredSpi, id, vendor(manifest), List.of()),
                    folder, PluginState.REFUSED, verdict.reason());
        }
        PluginCompatibility.Declaration declared = verdict.accepted().get();
        Set<Permission> allowed = permissions.apply(declared.id());
        PluginContext context = contexts.apply(declared.id());
        List<String> shown = new ArrayList<>(allowed.stream().map(Permission::configName).sorted().toList());
        if (context instanceof HostPluginContext host) {
            shown.addAll(host.hostAllowances());
        }
        Description described = new Description(declared.id(), declared.version(), declaredSpi, declared.id(), vendor(manifest),
                List.copyOf(shown));
        // Nothing of the plugin is loaded before its bytecode is verified.
        try {
            PluginVerifier.Verification verification = verifier.verify(jars, allowed);
            if (!verification.passed()) {
                return LoadedPlugin.notRunning(described, folder, PluginState.REFUSED, "bytecode not allowed: " + verification.summary());
            }
        } catch (java.io.IOException e) {
            return LoadedPlugin.notRunning(described, folder, PluginState.REFUSED, "cannot read its JARs: " + e.getMessage());
        }
        PluginClassLoader loader = new PluginClassLoader(declared.id(), urls(jars), StorefrontPlugin.class.getClassLoader());
        try {
            List<StorefrontPlugin> found = new ArrayList<>();
            ServiceLoader.load(StorefrontPlugin.class, loader).stream().forEach(p -> found.add(p.get()));
            List<StorefrontPlugin> matching = found.stream().filter(p -> declared.id().equals(p.id())).toList();
            if (matching.size() != 1) {
                loader.close();
                return LoadedPlugin.notRunning(described, folder, PluginState.FAILED,
                        found.isEmpty() ? "no StorefrontPlugin in META-INF/services"
                                : "no single StorefrontPlugin with id " + declared.id());
            }
            StorefrontPlugin plugin = matching.get(0);
            LoadedPlugin active = LoadedPlugin.active(described, folder, plugin, loader, guard);
            try {
                guard.call(active, "start", () -> {
                    plugin.start(context);
                    return null;
                });
            } catch (PluginCallException e) {
                active.workers().shutdown();
                throw e;
            }
            String displayName = guard.callQuietly(active, "display name", plugin::displayName);
            return displayName == null || displayName.isBlank() ? active : active.named(displayName.strip());
        } catch (PluginCallException | java.util.ServiceConfigurationError | LinkageError | IOException e) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // already failing
            }
            return LoadedPlugin.notRunning(described, folder, PluginState.FAILED,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The vendor a partner names in the manifest ({@code Notegarden-Plugin-Vendor}, else the JAR's {@code Implementation-Vendor}). */
    private static String vendor(Manifest manifest) {
        String own = manifest.getMainAttributes().getValue("Notegarden-Plugin-Vendor");
        String jar = manifest.getMainAttributes().getValue("Implementation-Vendor");
        return own != null ? own.strip() : jar != null ? jar.strip() : "";
    }

    private static URL[] urls(List<Path> jars) {
        return jars.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }
}
