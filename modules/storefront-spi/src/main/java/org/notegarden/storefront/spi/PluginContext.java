package org.notegarden.storefront.spi;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What the host offers a plugin: its own configuration (keys
 * {@code notegarden.plugin.<id>.<key>}, given here as {@code <key>}), the host's clock, a logger
 * that names the plugin, and money formatting for a locale. Handed to
 * {@link StorefrontPlugin#start(PluginContext)} and valid until {@link StorefrontPlugin#stop()}.
 */
public interface PluginContext {
    /** This plugin's setting, if the operator gave one. */
    Optional<String> config(String key);

    Clock clock();

    System.Logger logger();

    /** The amount formatted for people reading {@code locale}, e.g. "€12.50" or "¥12.50". */
    String format(Money money, Locale locale);

    /**
     * HTTP to the hosts the operator allowed this plugin; a host older than SPI 1.3 offers none.
     *
     * @since 1.3
     */
    default PluginHttp http() {
        throw new UnsupportedOperationException("this host offers no HTTP to plugins (SPI 1.3)");
    }
}
