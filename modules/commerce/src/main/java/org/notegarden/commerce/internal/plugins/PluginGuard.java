package org.notegarden.commerce.internal.plugins;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every call into plugin code goes through here. It runs on one of the plugin's own bounded
 * threads ({@link PluginWorkers}) with the plugin's class loader as context loader, is bounded
 * in time, and passes the plugin's {@link CircuitBreaker}. Any failure (exception, error,
 * time-out, no free thread, open breaker) comes back as a {@link PluginCallException} and is
 * recorded as the plugin's last error with an incident id that the log carries too. A plugin
 * can therefore neither stall a request beyond its budget, nor pile up server threads, nor take
 * the server down.
 */
public final class PluginGuard {
    private static final Logger LOG = Logger.getLogger(PluginGuard.class.getName());

    /** How calls are bounded; the defaults suit a storefront's request path. */
    public record Limits(Duration timeout, int threadsPerPlugin, int queuePerPlugin, int failuresToOpen, Duration openFor) {
    }

    /** Told when a plugin's breaker changes state (to log and audit it). */
    public interface BreakerEvents {
        void changed(String pluginId, String from, String to, String reason);
    }

    private final ThreadFactory threads;
    private final Limits limits;
    private final Clock clock;
    private final BreakerEvents events;

    public PluginGuard(ThreadFactory threads, Limits limits, Clock clock, BreakerEvents events) {
        this.threads = threads;
        this.limits = limits;
        this.clock = clock;
        this.events = events;
    }

    /** The threads and breaker of one plugin that is about to run. */
    PluginWorkers workersFor(String pluginId) {
        return new PluginWorkers(pluginId, limits.threadsPerPlugin(), limits.queuePerPlugin(), threads, limits.timeout(), clock);
    }

    CircuitBreaker breakerFor(String pluginId) {
        return new CircuitBreaker(limits.failuresToOpen(), limits.openFor(), (from, to, reason) -> {
            LOG.warning(() -> "plugin " + pluginId + " circuit " + from + " -> " + to + ": " + reason);
            events.changed(pluginId, from.name(), to.name(), reason);
        });
    }

    public <T> T call(LoadedPlugin plugin, String what, Callable<T> body) {
        CircuitBreaker breaker = plugin.breaker();
        if (!breaker.allows(clock.instant())) {
            throw new PluginCallException("plugin " + plugin.id() + " " + what
                    + ": paused after repeated failures (circuit open)", null, false);
        }
        Future<T> future;
        try {
            future = plugin.workers().submit(plugin.loader(), body);
        } catch (RejectedExecutionException e) {
            throw failed(plugin, what, "all " + limits.threadsPerPlugin() + " of its threads are busy and "
                    + limits.queuePerPlugin() + " calls wait", e, false);
        }
        try {
            T result = future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            breaker.succeeded();
            return result;
        } catch (TimeoutException e) {
            // Interrupt the worker; one that ignores interrupts keeps only one of the plugin's own threads.
            future.cancel(true);
            throw failed(plugin, what, "did not answer within " + limits.timeout().toMillis() + " ms", e, true);
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

    /** A failure found after a call returned (e.g. some extension lists unreadable): recorded like a failed call. */
    void recordFailure(LoadedPlugin plugin, String what, String detail) {
        failed(plugin, what, detail, null, false);
    }

    private PluginCallException failed(LoadedPlugin plugin, String what, String detail, Throwable cause, boolean timedOut) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        String message = "plugin " + plugin.id() + " " + what + ": " + detail + " [incident " + incident + "]";
        plugin.recordError(message, clock.instant());
        plugin.breaker().failed(clock.instant(), detail);
        LOG.log(Level.WARNING, message, cause);
        return new PluginCallException(message, cause, timedOut);
    }
}
