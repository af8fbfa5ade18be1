package org.notegarden.platform.testing;

import java.lang.management.ManagementFactory;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;

/**
 * The bytes of live objects in the heap, for tests and benchmarks of what a structure keeps
 * (shared by i18n's and compliance's memory tests and DictionaryMemoryBench).
 *
 * <p>A collection does not free everything that is garbage: objects held by a finalizable object
 * or waiting for the reference handler and cleaner threads survive until those threads have run,
 * and they run on their own, after the collection. Collecting again at once therefore finds the
 * same heap and looks settled while megabytes are still pending (the dictionary's benchmark then
 * reported 2.9 MB kept instead of 13.8). So each round collects, waits until the reference
 * handler has handed on what that collection found (a phantom reference made for the purpose is
 * enqueued), runs the pending finalizers and collects again; at least four rounds and until the
 * heap in use stops falling (at most ten), since cleaner threads run after the handler.
 */
public final class LiveHeap {
    /** Less than this between two rounds is "stopped falling". */
    private static final long SETTLED = 64 * 1024;
    private static final int AT_LEAST = 4;
    private static final int AT_MOST = 10;
    /** At most this long for the reference handler to enqueue a reference a collection cleared (it takes micro- to milliseconds). */
    private static final long HANDLER_TIMEOUT_MILLIS = 2_000;

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
        collectAndAwaitTheReferenceHandler();
        System.runFinalization();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * A collection, then the wait until the reference handler enqueues a phantom reference whose
     * object that collection found unreachable: the references it found with it are handed on
     * (to finalization, cleaners, queues) by then, instead of after a guessed pause.
     */
    private static void collectAndAwaitTheReferenceHandler() {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        PhantomReference<Object> sentinel = new PhantomReference<>(new Object(), queue);
        System.gc();
        try {
            queue.remove(HANDLER_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Reference.reachabilityFence(sentinel);
    }
}
