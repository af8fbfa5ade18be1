package org.notegarden.commerce.internal.plugins;

/** Where a plugin folder stands after loading. */
public enum PluginState {
    /** Loaded and started; its extensions are in use. */
    ACTIVE,
    /** Not loaded: its manifest is missing, malformed or built for an SPI this host cannot offer. */
    REFUSED,
    /** Loaded but broken: no plugin class, a wrong id, or start() threw. */
    FAILED
}
