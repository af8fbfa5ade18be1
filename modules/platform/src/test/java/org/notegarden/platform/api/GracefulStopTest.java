package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GracefulStopTest {
    @Test
    void workAlreadyRunningFinishesWithoutBeingInterrupted() throws InterruptedException {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        executor.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(300); // stands for a poll's transaction
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        started.await();
        GracefulStop.stop(Duration.ofSeconds(30), executor);
        assertTrue(finished.get(), "the running task completed");
        assertFalse(interrupted.get(), "and was never interrupted");
        assertTrue(executor.isTerminated());
    }

    @Test
    void workThatOutlastsTheGraceIsInterrupted() throws InterruptedException {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        executor.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.HOURS.toMillis(1)); // far longer than the grace: only an interrupt ends it
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        started.await();
        GracefulStop.stop(Duration.ofMillis(100), executor);
        assertTrue(interrupted.await(30, TimeUnit.SECONDS), "interrupted once the grace ran out");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // without the policy change it would wait an hour
    void scheduledWorkNotYetStartedIsDroppedNotWaitedFor() throws InterruptedException {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        AtomicBoolean ran = new AtomicBoolean();
        timer.schedule(() -> ran.set(true), 1, TimeUnit.HOURS);
        timer.scheduleWithFixedDelay(() -> { }, 1, 1, TimeUnit.HOURS);
        GracefulStop.stop(Duration.ofHours(1), timer, null);
        assertTrue(timer.isTerminated(), "terminated without waiting an hour for the delayed tasks");
        assertFalse(ran.get());
    }
}
