package org.notegarden.plugintestkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.commerce.api.PluginTrial;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.StorefrontPlugin;

/** The kit refuses what the server refuses, with the same reason, before any plugin code runs. */
class RefusedPluginTest {
    /** A plugin that would stop the server. */
    public static class ExitingPlugin implements StorefrontPlugin {
        @Override
        public String id() {
            return "exiting";
        }

        @Override
        public void start(PluginContext context) {
            System.exit(3);
        }
    }

    @Test
    void aPluginThatCallsSystemExitIsRefusedAndNamed(@TempDir Path dir) throws IOException {
        try (PluginTrial trial = PluginTrial.load(jar(dir, ExitingPlugin.class), Map.of())) {
            assertEquals("REFUSED", trial.state());
            assertTrue(trial.reason().contains("System.exit"), trial.reason());
        }
    }

    /** Packs one plugin class as a partner's build would: manifest entries and the ServiceLoader file. */
    private static Path jar(Path dir, Class<? extends StorefrontPlugin> plugin) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        m.getMainAttributes().putValue("Notegarden-Plugin-Id", "exiting");
        m.getMainAttributes().putValue("Notegarden-Plugin-Version", "1.0.0");
        m.getMainAttributes().putValue("Notegarden-Spi-Version", "1.4");
        Path file = dir.resolve("exiting.jar");
        String path = plugin.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, m);
             InputStream bytes = plugin.getClassLoader().getResourceAsStream(path)) {
            jar.putNextEntry(new JarEntry(path));
            bytes.transferTo(jar);
            jar.putNextEntry(new JarEntry("META-INF/services/" + StorefrontPlugin.class.getName()));
            jar.write(plugin.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }
}
