package org.notegarden.commerce.internal.plugins;

/** Where a plugin folder stands. */
public enum PluginState {
    /** Loaded and started; its extensions are in use. */
    ACTIVE,
    /** Running, but its circuit breaker is open or half-open after repeated failures: calls fail fast. */
    DEGRADED,
    /**
     * Not loaded: its manifest is missing, malformed or built for an SPI this host cannot offer,
     * or its bytecode uses an API it is not allowed (see the reason).
     */
    REFUSED,
    /** Loaded but broken: no plugin class, a wrong id, or start() threw. */
    FAILED
}
