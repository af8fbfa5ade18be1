package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Events summed in memory by (note or account, hour, kind, origin), so a burst of a thousand
 * impressions on one note becomes one row update. Recording is lock-free apart from a shared
 * read lock; draining takes the write lock only to swap in an empty map. A cap on distinct keys
 * keeps memory bounded under abuse: past it, events are counted as dropped, not stored.
 *
 * <p>A key and its sum hold as little as they can (an hour since the epoch rather than a date, two
 * counters in one object) and a drain hands over the map itself: under a long tail of notes
 * nearly every event is a new key that lives until the next drain, longer than the young
 * generation, and a heap count during the benchmark's random notes found the buffer's keys, dates,
 * adders and the drain's copy to be most of what filled the old one (modules/app/README.md,
 * "What a read counted kept").
 */
@ApplicationScoped
public class InsightBuffer {
    static final int MAX_KEYS = 200_000;

    /**
     * Where a sum goes: a note's hourly row or an account's daily row (noteId 0, the day's first
     * hour). {@code epochHour} counts hours since 1970-01-01T00:00Z.
     */
    public record Key(long noteId, long accountId, int epochHour, InsightKind kind, String region, String locale,
                      String currency) {
        public LocalDate day() {
            return LocalDate.ofEpochDay(Math.floorDiv(epochHour, 24));
        }

        public int hour() {
            return Math.floorMod(epochHour, 24);
        }
    }

    /**
     * What a key sums to: two counters added to atomically. Plain atomic adds rather than
     * {@code LongAdder}s, which are two more objects a key; a note everyone reads at once makes
     * its counter contended, which costs an add far less than the read it counts.
     */
    public static final class Sum {
        private static final VarHandle N;
        private static final VarHandle AMOUNT;

        static {
            try {
                N = MethodHandles.lookup().findVarHandle(Sum.class, "n", long.class);
                AMOUNT = MethodHandles.lookup().findVarHandle(Sum.class, "amount", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private volatile long n;
        private volatile long amount;

        public void add(long n, long amount) {
            N.getAndAdd(this, n);
            if (amount != 0) {
                AMOUNT.getAndAdd(this, amount);
            }
        }

        public long n() { return n; }
        public long amount() { return amount; }
    }

    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile ConcurrentHashMap<Key, Sum> sums = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final LongAdder recorded = new LongAdder();

    public void add(InsightEvent e) {
        int hour = Math.toIntExact(Math.floorDiv(e.at().getEpochSecond(), 3600));
        boolean onNote = e.kind() != InsightKind.FOLLOW_GAINED;
        Key key = new Key(onNote ? e.noteId() : 0, onNote ? 0 : e.accountId(), onNote ? hour : hour - Math.floorMod(hour, 24),
                e.kind(), onNote ? e.origin().region() : "", onNote ? e.origin().locale() : "", e.currency());
        swap.readLock().lock();
        try {
            Sum sum = sums.get(key);
            if (sum == null) {
                if (sums.size() >= MAX_KEYS) {
                    dropped.incrementAndGet();
                    return;
                }
                sum = sums.computeIfAbsent(key, k -> new Sum());
            }
            sum.add(e.n(), e.amountMinor());
            recorded.increment();
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Everything summed since the last drain; recording continues into a fresh map. The map taken
     * is handed over as it is: once the swap holds the write lock no one adds to it any more.
     */
    public Map<Key, Sum> drain() {
        ConcurrentHashMap<Key, Sum> taken;
        swap.writeLock().lock();
        try {
            taken = sums;
            sums = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        return taken;
    }

    /** Puts sums back (a failed write), so a database hiccup loses nothing. */
    public void restore(Map<Key, Sum> unsaved) {
        swap.readLock().lock();
        try {
            unsaved.forEach((k, s) -> {
                sums.computeIfAbsent(k, x -> new Sum()).add(s.n(), s.amount());
            });
        } finally {
            swap.readLock().unlock();
        }
    }

    public long dropped() { return dropped.get(); }
    public long recorded() { return recorded.sum(); }
}
