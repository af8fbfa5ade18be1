package org.notegarden.platform.api;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;

/**
 * Reads by key that concurrent requests share. A request that finds a lane free reads its own
 * keys at once; requests that arrive while every lane is reading wait, and the next read takes
 * all their keys in one statement. On PostgreSQL a statement's round trip and fixed cost are most
 * of what a read by id costs (pgbench, the note page's statement: 33,100 notes/s one at a time,
 * 73,400 eight at a time, on the same two cores), so under load many requests cost one statement;
 * with one request at a time nothing waits.
 *
 * <p>A read starts after every request it answers arrived, so no answer is older than its
 * request: a reader sees everything committed before it asked, as if it had read alone. A caller
 * inside a transaction reads alone ({@code mayShare} says no): its reads may see its own writes,
 * which must not reach anyone else before they commit.
 */
public final class ReadTogether<K, V> {
    private final int lanes;
    private final int mostKeys;
    private final Function<Set<K>, Map<K, V>> readMany;
    private final BooleanSupplier mayShare;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Ask<K, V>> waiting = new ArrayDeque<>();
    private int reading;

    /**
     * @param lanes    reads that may run at once (more than one lets the database use more than one core)
     * @param mostKeys keys one read takes at most (it always takes its own request's, however many)
     * @param readMany the values of those of the keys that exist, in one read
     */
    public ReadTogether(int lanes, int mostKeys, Function<Set<K>, Map<K, V>> readMany) {
        this(lanes, mostKeys, readMany, OutsideTransactions::now);
    }

    /** For tests, and for callers that know better when their reads may be shared. */
    public ReadTogether(int lanes, int mostKeys, Function<Set<K>, Map<K, V>> readMany, BooleanSupplier mayShare) {
        if (lanes < 1 || mostKeys < 1) {
            throw new IllegalArgumentException("lanes and mostKeys must be at least 1");
        }
        this.lanes = lanes;
        this.mostKeys = mostKeys;
        this.readMany = readMany;
        this.mayShare = mayShare;
    }

    /** Those of the keys that exist, with their values as a read that started after this call found them. */
    public Map<K, V> getAll(Collection<K> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<K> own = Set.copyOf(keys);
        if (!mayShare.getAsBoolean()) {
            return readMany.apply(own);
        }
        Ask<K, V> ask = new Ask<>(own);
        boolean lead;
        lock.lock();
        try {
            lead = reading < lanes;
            if (lead) {
                reading++;
            } else {
                waiting.add(ask);
            }
        } finally {
            lock.unlock();
        }
        if (lead || ask.awaitTurn()) {
            readFor(ask);
        }
        return ask.answer();
    }

    /** Requests waiting for a lane now (tests use it to know a request has arrived before they let a read finish). */
    public int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** Reads for this request and for as many waiting ones as fit, then hands the lane on. */
    private void readFor(Ask<K, V> first) {
        List<Ask<K, V>> batch = new ArrayList<>();
        batch.add(first);
        Set<K> keys = new HashSet<>(first.keys);
        lock.lock();
        try {
            while (!waiting.isEmpty() && fits(keys, waiting.peek().keys)) {
                Ask<K, V> next = waiting.poll();
                batch.add(next);
                keys.addAll(next.keys);
            }
        } finally {
            lock.unlock();
        }
        try {
            Map<K, V> read = readMany.apply(keys);
            for (Ask<K, V> ask : batch) {
                ask.answer(read);
            }
        } catch (RuntimeException | Error e) {
            first.fail(e);
            for (Ask<K, V> ask : batch.subList(1, batch.size())) {
                ask.fail(new ReadFailed(e));
            }
        } finally {
            handOn();
        }
    }

    private boolean fits(Set<K> keys, Set<K> more) {
        int added = 0;
        for (K k : more) {
            if (!keys.contains(k)) {
                added++;
            }
        }
        return keys.size() + added <= mostKeys;
    }

    /** The lane goes to the request that has waited longest, or is freed if none waits. */
    private void handOn() {
        Ask<K, V> next;
        lock.lock();
        try {
            next = waiting.poll();
            if (next == null) {
                reading--;
            }
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.lead();
        }
    }

    /** The read that would have answered this request failed; its cause says why. */
    public static final class ReadFailed extends RuntimeException {
        ReadFailed(Throwable cause) {
            super("a shared read failed: " + cause, cause);
        }
    }

    /** One request's keys, and then either its answer or its turn to read. */
    private static final class Ask<K, V> {
        final Set<K> keys;
        private boolean settled;
        private boolean leads;
        private Map<K, V> answer;
        private RuntimeException failure;
        private Error error;

        Ask(Set<K> keys) {
            this.keys = keys;
        }

        /** Waits until this request is answered (false) or given a lane to read in (true). */
        synchronized boolean awaitTurn() {
            boolean interrupted = false;
            while (!settled && !leads) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the read is short and others may depend on this thread's turn: finish, then restore
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return !settled;
        }

        synchronized void lead() {
            leads = true;
            notifyAll();
        }

        synchronized void answer(Map<K, V> read) {
            Map<K, V> mine = new HashMap<>();
            for (K k : keys) {
                V v = read.get(k);
                if (v != null) {
                    mine.put(k, v);
                }
            }
            answer = mine;
            settle();
        }

        synchronized void fail(Throwable e) {
            if (e instanceof Error err) {
                error = err;
            } else {
                failure = (RuntimeException) e;
            }
            settle();
        }

        private void settle() {
            settled = true;
            notifyAll();
        }

        synchronized Map<K, V> answer() {
            if (error != null) {
                throw error;
            }
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }

    /**
     * Whether the calling thread is outside any container transaction, asked of the registry every
     * Jakarta EE server binds at a standard name (one registry serves every thread, so it is looked up
     * once). Where there is no naming service at all (unit tests) there are no container transactions,
     * so every thread is outside one; where the name cannot be found the answer is "no", which only
     * makes a caller read alone.
     */
    private static final class OutsideTransactions {
        private static volatile TransactionSynchronizationRegistry registry;
        private static volatile boolean noServer;

        private OutsideTransactions() {
        }

        static boolean now() {
            if (noServer) {
                return true;
            }
            TransactionSynchronizationRegistry r = registry;
            if (r == null) {
                try {
                    r = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                    registry = r;
                } catch (NoInitialContextException e) {
                    noServer = true;
                    return true;
                } catch (NamingException | RuntimeException e) {
                    return false;
                }
            }
            return r.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
        }
    }
}
