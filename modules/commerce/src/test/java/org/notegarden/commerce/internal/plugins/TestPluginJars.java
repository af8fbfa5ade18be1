package org.notegarden.commerce.internal.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Packs a fixture plugin class (with its inner classes) into a plugin folder, as a partner would ship it. */
public final class TestPluginJars {
    private TestPluginJars() {
    }

    public static Path build(Path pluginsDir, String folder, Class<?> pluginClass, String id, String spiVersion,
                      List<Path> extraJars) throws IOException {
        Path dir = Files.createDirectories(pluginsDir.resolve(folder));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) {
            main.putValue("Notegarden-Plugin-Id", id);
            main.putValue("Notegarden-Plugin-Version", "1.2.3");
            main.putValue("Notegarden-Spi-Version", spiVersion);
        }
        Path classes = Path.of(pluginClass.getProtectionDomain().getCodeSource().getLocation().getPath());
        String base = pluginClass.getName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(dir.resolve(folder + ".jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest)) {
            Path packageDir = classes.resolve(base).getParent();
            String simple = pluginClass.getSimpleName();
            try (Stream<Path> files = Files.list(packageDir)) {
                for (Path c : files.filter(p -> p.getFileName().toString().equals(simple + ".class")
                        || p.getFileName().toString().startsWith(simple + "$")).toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    jar.write(Files.readAllBytes(c));
                    jar.closeEntry();
                }
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.notegarden.storefront.spi.StorefrontPlugin"));
            jar.write((pluginClass.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        for (Path extra : extraJars) {
            Files.copy(extra, dir.resolve(extra.getFileName()));
        }
        return dir;
    }
}
