package org.notegarden.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs a test plugin class (with its inner classes) into the server's plugins folder, as a partner would ship it. */
public final class PluginJars {
    private PluginJars() {
    }

    public static Path pluginsDir() {
        return Path.of(System.getProperty("notegarden.plugins.dir"));
    }

    public static Path install(String id, Class<?> pluginClass, String... innerClassSuffixes) throws IOException {
        return install(pluginsDir(), id, pluginClass, innerClassSuffixes);
    }

    /** The same into another plugins folder (a test's own server). */
    public static Path install(Path pluginsDir, String id, Class<?> pluginClass, String... innerClassSuffixes) throws IOException {
        Path dir = Files.createDirectories(pluginsDir.resolve(id));
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Notegarden-Plugin-Id", id);
        m.getMainAttributes().putValue("Notegarden-Plugin-Version", "1.0.0");
        m.getMainAttributes().putValue("Notegarden-Spi-Version", "1.0");
        String base = pluginClass.getName().replace('.', '/');
        try (OutputStream out = Files.newOutputStream(dir.resolve(id + ".jar")); JarOutputStream jar = new JarOutputStream(out, m)) {
            for (String suffix : prepend("", innerClassSuffixes)) {
                String classFile = base + suffix + ".class";
                try (InputStream bytes = pluginClass.getClassLoader().getResourceAsStream(classFile)) {
                    jar.putNextEntry(new JarEntry(classFile));
                    bytes.transferTo(jar);
                }
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.notegarden.storefront.spi.StorefrontPlugin"));
            jar.write((pluginClass.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    /**
     * A plugins folder of a test's own: the run's plugins copied, plus the order-log test plugin
     * (its file is set by {@code NOTEGARDEN_PLUGIN_ORDER_LOG_FILE}).
     */
    public static Path runPluginsWithOrderLog(Path plugins) throws IOException {
        Files.createDirectories(plugins);
        try (var folders = Files.list(pluginsDir())) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                if (folder.getFileName().toString().equals("order-log")) {
                    continue;
                }
                Path copy = Files.createDirectories(plugins.resolve(folder.getFileName()));
                try (var jars = Files.list(folder)) {
                    for (Path jar : jars.toList()) {
                        Files.copy(jar, copy.resolve(jar.getFileName()));
                    }
                }
            }
        }
        install(plugins, "order-log", org.notegarden.app.itplugin.OrderLogPlugin.class);
        return plugins;
    }

    /** Removes an installed test plugin folder (the folder is shared with the run command). */
    public static void remove(String id) throws IOException {
        Path dir = pluginsDir().resolve(id);
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
