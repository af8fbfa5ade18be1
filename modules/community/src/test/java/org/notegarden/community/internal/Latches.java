package org.notegarden.community.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** For tests that stage two threads: waiting on a latch fails the test instead of hanging it. */
public final class Latches {
    private Latches() {
    }

    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
