package org.notegarden.platform.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stops background executors when the application stops: no new work, work already running is
 * given a moment to finish, and only then are its threads interrupted. Interrupting at once
 * (as {@code shutdownNow} does) caught pollers inside an H2 read; H2 then closes its file channel
 * ({@code ClosedByInterruptException}), leaving the file to be recovered at the next start.
 * Delayed and periodic tasks that have not started are dropped rather than waited for.
 */
public final class GracefulStop {
    /** Long enough for a poll's transaction, short enough that a stop never hangs on a stuck job. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    private GracefulStop() {
    }

    /** Stops these executors (nulls are skipped) within {@link #GRACE}. */
    public static void stop(ExecutorService... executors) {
        stop(GRACE, executors);
    }

    /** All are asked to stop first, so they share one grace period rather than one each. */
    public static void stop(Duration grace, ExecutorService... executors) {
        List<ExecutorService> running = java.util.Arrays.stream(executors).filter(Objects::nonNull).toList();
        for (ExecutorService executor : running) {
            if (executor instanceof ScheduledThreadPoolExecutor scheduled) {
                scheduled.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
                scheduled.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
            }
            executor.shutdown();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (ExecutorService executor : running) {
                executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.stream().filter(e -> !e.isTerminated()).forEach(ExecutorService::shutdownNow);
    }
}
