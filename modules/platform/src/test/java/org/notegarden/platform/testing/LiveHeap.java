package org.notegarden.platform.testing;

import java.lang.management.ManagementFactory;

/**
 * The bytes of live objects in the heap, for tests and benchmarks of what a structure keeps
 * (shared by i18n's and compliance's memory tests and DictionaryMemoryBench).
 *
 * <p>A collection does not free everything that is garbage: objects held by a finalizable object
 * or waiting for the reference handler and cleaner threads survive until those threads have run,
 * and they run on their own, after the collection. Collecting again at once therefore finds the
 * same heap and looks settled while megabytes are still pending (the dictionary's benchmark then
 * reported 2.9 MB kept instead of 13.8). So each round runs the pending finalizers and gives the
 * other threads a pause before the next collection, at least four rounds and until the heap in
 * use stops falling (at most ten).
 */
public final class LiveHeap {
    /** Less than this between two rounds is "stopped falling". */
    private static final long SETTLED = 64 * 1024;
    private static final int AT_LEAST = 4;
    private static final int AT_MOST = 10;
    /** Time for the reference handler and cleaner threads between collections. */
    private static final long PAUSE_MILLIS = 100;

    private LiveHeap() {
    }

    public static long bytes() {
        long used = Long.MAX_VALUE;
        for (int round = 1; round <= AT_MOST; round++) {
            long now = collect();
            boolean settled = now > used - SETTLED;
            used = Math.min(used, now);
            if (round >= AT_LEAST && settled) {
                break;
            }
        }
        return used;
    }

    @SuppressWarnings("removal") // runFinalization is deprecated for removal from Java 18; on 17 it still runs pending finalizers
    private static long collect() {
        System.gc();
        System.runFinalization();
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
