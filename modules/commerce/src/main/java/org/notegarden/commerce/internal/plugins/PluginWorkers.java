package org.notegarden.commerce.internal.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One plugin's own threads: at most {@code size}, and a short queue of {@code queue} calls for
 * bursts. A call beyond that is refused at once ({@link RejectedExecutionException}), so a
 * plugin can never hold more than {@code size} server threads, however many of its calls hang:
 * once they all hang, queued calls time out and later ones fail fast. Threads still inside a
 * call past the time budget are counted as hung for the admin's list.
 */
final class PluginWorkers {
    private static final Logger LOG = Logger.getLogger(PluginWorkers.class.getName());
    private final ThreadPoolExecutor executor;
    private final Map<Thread, Instant> inCall = new ConcurrentHashMap<>();
    private final Duration budget;
    private final Clock clock;

    PluginWorkers(String pluginId, int size, int queue, ThreadFactory threads, Duration budget, Clock clock) {
        this.budget = budget;
        this.clock = clock;
        ThreadFactory named = r -> {
            Thread t = threads.newThread(r);
            t.setName("plugin-" + pluginId + "-" + t.getId());
            t.setDaemon(true);
            return t;
        };
        // Core = maximum with idle core threads timing out: a pool grows to its size before it queues.
        this.executor = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS,
                queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>(), named, new ThreadPoolExecutor.AbortPolicy());
        this.executor.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code body} on one of the plugin's threads with {@code loader} as context class loader. */
    <T> Future<T> submit(ClassLoader loader, Callable<T> body) {
        return executor.submit(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            inCall.put(thread, clock.instant());
            try {
                return body.call();
            } finally {
                inCall.remove(thread);
                thread.setContextClassLoader(previous);
            }
        });
    }

    /** Threads inside a call that has outlived its budget. */
    int hung() {
        Instant limit = clock.instant().minus(budget);
        return (int) inCall.values().stream().filter(started -> started.isBefore(limit)).count();
    }

    /** Threads alive right now (busy or idle), never more than the pool size. */
    int threads() {
        return executor.getPoolSize();
    }

    /**
     * Ends the plugin's threads when it is unloaded. Interrupts first; a thread that ignores the
     * interrupt and is still inside plugin code after a grace period is stopped, because the
     * plugin is gone and nothing of it may keep a server thread. (Thread.stop still works on
     * Java 17, the only place this host runs; it is the one way to end code that ignores
     * interrupts.)
     */
    @SuppressWarnings({"deprecation", "removal"})
    void shutdown() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(500, TimeUnit.MILLISECONDS)) {
                for (Thread stuck : inCall.keySet()) {
                    LOG.warning(() -> "stopping " + stuck.getName() + ", still inside an unloaded plugin's code");
                    stuck.stop();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
