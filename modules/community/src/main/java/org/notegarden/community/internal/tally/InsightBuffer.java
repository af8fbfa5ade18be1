package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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
 */
@ApplicationScoped
public class InsightBuffer {
    static final int MAX_KEYS = 200_000;

    /** Where a sum goes: a note's hourly row or an account's daily row (noteId 0). */
    public record Key(long noteId, long accountId, LocalDate day, int hour, InsightKind kind, String region, String locale,
                      String currency) {
    }

    /** What a key sums to. */
    public static final class Sum {
        final LongAdder n = new LongAdder();
        final LongAdder amount = new LongAdder();

        public long n() { return n.sum(); }
        public long amount() { return amount.sum(); }
    }

    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile ConcurrentHashMap<Key, Sum> sums = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final LongAdder recorded = new LongAdder();

    public void add(InsightEvent e) {
        var utc = e.at().atOffset(ZoneOffset.UTC);
        boolean onNote = e.kind() != InsightKind.FOLLOW_GAINED;
        Key key = new Key(onNote ? e.noteId() : 0, onNote ? 0 : e.accountId(), utc.toLocalDate(), onNote ? utc.getHour() : 0,
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
            sum.n.add(e.n());
            sum.amount.add(e.amountMinor());
            recorded.increment();
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Everything summed since the last drain; recording continues into a fresh map. */
    public Map<Key, Sum> drain() {
        ConcurrentHashMap<Key, Sum> taken;
        swap.writeLock().lock();
        try {
            taken = sums;
            sums = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        return new HashMap<>(taken);
    }

    /** Puts sums back (a failed write), so a database hiccup loses nothing. */
    public void restore(Map<Key, Sum> unsaved) {
        swap.readLock().lock();
        try {
            unsaved.forEach((k, s) -> {
                Sum sum = sums.computeIfAbsent(k, x -> new Sum());
                sum.n.add(s.n());
                sum.amount.add(s.amount());
            });
        } finally {
            swap.readLock().unlock();
        }
    }

    public long dropped() { return dropped.get(); }
    public long recorded() { return recorded.sum(); }
}
