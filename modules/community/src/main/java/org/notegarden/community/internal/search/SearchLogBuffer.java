package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Searches waiting to be written to the search log. A search used to insert its row in its own
 * transaction, and with every commit forced to disk the commits queued behind each other: on
 * two cores a 40-note index answered 23 searches a second while JFR recorded (40 s of 32 threads'
 * time in 10 s parked in H2's commit), 60 once searches were written in batches. Now a search only adds here and {@link SearchLogFlusher} writes what gathered every
 * two seconds in one transaction, as insights are written. A crash loses at most those two
 * seconds of history and hot-search counts, never anything a person wrote.
 */
@ApplicationScoped
public class SearchLogBuffer {
    /** Past this many waiting searches (the database is away, or a flood) new ones are dropped, not the heap. */
    static final int MAX_WAITING = 100_000;

    record Pending(Long accountId, String term, String termKey, Instant at) {
    }

    private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    /**
     * Held by the flusher from taking a batch until it is written or given back: forgetting a
     * person waits for it (see {@link #forget}).
     */
    private final ReentrantLock writing = new ReentrantLock();
    /** The batch being written: still in its people's histories until it is in the database. */
    private volatile List<Pending> inFlight = List.of();

    void add(Pending p) {
        if (size.incrementAndGet() > MAX_WAITING) {
            size.decrementAndGet();
            dropped.increment();
            return;
        }
        waiting.add(p);
    }

    /**
     * Everything waiting, oldest first, as the batch to write: the caller writes it and then calls
     * {@link #written} or, if the write failed, {@link #restore}, on the same thread.
     */
    List<Pending> drain() {
        writing.lock();
        List<Pending> out = take();
        if (out.isEmpty()) {
            writing.unlock();
        } else {
            inFlight = List.copyOf(out);
        }
        return out;
    }

    /** The batch is in the database. */
    void written() {
        inFlight = List.of();
        writing.unlock();
    }

    /** A write failed: the searches wait for the next one (ahead of newer ones in the log's order by time). */
    void restore(Collection<Pending> pending) {
        pending.forEach(this::add);
        inFlight = List.of();
        writing.unlock();
    }

    /** The person's searches not written yet, the batch being written first, oldest first: their history shows them at once. */
    List<Pending> of(long accountId) {
        return java.util.stream.Stream.concat(inFlight.stream(), waiting.stream())
                .filter(p -> p.accountId() != null && p.accountId() == accountId).toList();
    }

    /**
     * The person cleared their history (their waiting searches count anonymously) or was erased
     * (they go). Waits while a batch is being written: the caller deletes the person's written
     * searches next, and a batch committed after that delete would bring some back.
     */
    void forget(long accountId, boolean keepAnonymously) {
        writing.lock();
        try {
            for (Pending p : take()) {
                if (p.accountId() == null || p.accountId() != accountId) {
                    add(p);
                } else if (keepAnonymously) {
                    add(new Pending(null, p.term(), p.termKey(), p.at()));
                }
            }
        } finally {
            writing.unlock();
        }
    }

    private List<Pending> take() {
        List<Pending> out = new ArrayList<>();
        Pending p;
        while ((p = waiting.poll()) != null) {
            size.decrementAndGet();
            out.add(p);
        }
        return out;
    }

    long dropped() {
        return dropped.sum();
    }
}
