package org.notegarden.commerce.internal.plugins;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A plugin's own class loader. Its parent is the JDK's platform loader, so the plugin sees
 * neither the WAR's libraries nor the server's; only the SPI packages are taken from the host,
 * which is what makes a plugin's {@code StorefrontPlugin} the same type the host calls. A plugin
 * may therefore bundle any version of any library without clashing with ours.
 */
final class PluginClassLoader extends URLClassLoader {
    static final String SPI_PREFIX = "org.notegarden.storefront.spi.";
    private final ClassLoader spiLoader;

    PluginClassLoader(String pluginName, URL[] jars, ClassLoader spiLoader) {
        super("plugin-" + pluginName, jars, ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PREFIX)) {
            return spiLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
