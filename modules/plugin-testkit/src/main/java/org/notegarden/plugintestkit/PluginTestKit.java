package org.notegarden.plugintestkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.notegarden.commerce.api.PluginTrial;

/**
 * JUnit 5 extension that hands a test a {@link PluginTrial}: the partner's plugin JAR loaded by
 * the host's real loader, verified, guarded and ready to price a cart, closed after the test.
 * The JAR is the system property {@code notegarden.plugin.jar} (the plugin template's build sets
 * it to the JAR it just packaged); {@code notegarden.plugin.companions} lists other plugin JARs to
 * load beside it (a shipping plugin for a promotion), separated by the path separator.
 */
public final class PluginTestKit implements ParameterResolver {
    static final String JAR = "notegarden.plugin.jar";
    static final String COMPANIONS = "notegarden.plugin.companions";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PluginTestKit.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PluginTrial.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String jar = System.getProperty(JAR);
        if (jar == null || jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            throw new ParameterResolutionException("Set the system property " + JAR
                    + " to the plugin JAR under test (was " + jar + "); run the test after the package phase (failsafe)");
        }
        Path[] companions = Arrays.stream(System.getProperty(COMPANIONS, "").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toArray(Path[]::new);
        PluginSettings settings = context.getTestMethod().map(m -> m.getAnnotation(PluginSettings.class))
                .orElseGet(() -> context.getRequiredTestClass().getAnnotation(PluginSettings.class));
        PluginTrial trial = PluginTrial.load(Path.of(jar), config(pluginId(Path.of(jar)), settings), companions);
        context.getStore(NAMESPACE).put(parameter.getIndex() + ":" + trial.hashCode(),
                (ExtensionContext.Store.CloseableResource) trial::close);
        return trial;
    }

    /** The operator's keys for {@code settings}. */
    static Map<String, String> config(String pluginId, PluginSettings settings) {
        Map<String, String> config = new HashMap<>();
        if (settings == null) {
            return config;
        }
        for (String pair : settings.value()) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterResolutionException("@PluginSettings wants key=value, not " + pair);
            }
            config.put("notegarden.plugin." + pluginId + "." + pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        if (!settings.permissions().isBlank()) {
            config.put("notegarden.plugins.permissions." + pluginId, settings.permissions());
        }
        return config;
    }

    /** The id the JAR's manifest declares (Notegarden-Plugin-Id), which scopes its settings. */
    private static String pluginId(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String id = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Notegarden-Plugin-Id");
            return id == null ? "unknown" : id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
