package org.notegarden.commerce.internal.plugins;

/** A call into a plugin that failed or did not answer in time; the message names the plugin. */
public final class PluginCallException extends RuntimeException {
    private final boolean timedOut;

    PluginCallException(String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
