package org.notegarden.commerce.internal.plugins;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every call into plugin code goes through here: it runs on a worker thread whose context class
 * loader is the plugin's, is bounded in time, and any failure (exception, error, time-out) comes
 * back as a {@link PluginCallException} and is recorded as the plugin's last error. A plugin can
 * therefore neither stall a request beyond its budget nor take the server down.
 */
public final class PluginGuard {
    private static final Logger LOG = Logger.getLogger(PluginGuard.class.getName());
    private final ExecutorService workers;
    private final Duration timeout;
    private final Clock clock;

    public PluginGuard(ExecutorService workers, Duration timeout, Clock clock) {
        this.workers = workers;
        this.timeout = timeout;
        this.clock = clock;
    }

    public <T> T call(LoadedPlugin plugin, String what, Callable<T> body) {
        Future<T> future = workers.submit(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(plugin.loader());
            try {
                return body.call();
            } finally {
                thread.setContextClassLoader(previous);
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Interrupt the worker; a plugin that ignores interrupts keeps only its own thread.
            future.cancel(true);
            throw failed(plugin, what, "did not answer within " + timeout.toMillis() + " ms", e, true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw failed(plugin, what, cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw failed(plugin, what, "interrupted", e, false);
        }
    }

    /** Like {@link #call} but a failure is only recorded and logged; returns null then. */
    public <T> T callQuietly(LoadedPlugin plugin, String what, Callable<T> body) {
        try {
            return call(plugin, what, body);
        } catch (PluginCallException e) {
            return null;
        }
    }

    private PluginCallException failed(LoadedPlugin plugin, String what, String detail, Throwable cause, boolean timedOut) {
        String message = "plugin " + plugin.id() + " " + what + ": " + detail;
        plugin.recordError(message, clock.instant());
        LOG.log(Level.WARNING, message, cause);
        return new PluginCallException(message, cause, timedOut);
    }
}
