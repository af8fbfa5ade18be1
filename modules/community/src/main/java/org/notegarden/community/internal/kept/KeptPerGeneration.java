package org.notegarden.community.internal.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Answers kept for a short while, until {@link #startOver()}: for answers that are the same for
 * every reader and change when something new appears (a note going public). Each answer is kept
 * under the generation it was asked in, and starting over moves to a new one, so an answer that
 * was being worked out from the data as it stood before is kept where no later reader looks;
 * emptying the cache alone would let it in after the change, stale for {@code freshFor}.
 */
public final class KeptPerGeneration<K, V> {
    private record Key<K>(long generation, K key) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key<K>, V> kept;

    public KeptPerGeneration(Duration freshFor, long atMost) {
        this(freshFor, atMost, Ticker.systemTicker());
    }

    /** For tests: time as the ticker tells it. */
    public KeptPerGeneration(Duration freshFor, long atMost, Ticker ticker) {
        kept = Caffeine.newBuilder().expireAfterWrite(freshFor).maximumSize(atMost).ticker(ticker).build();
    }

    /** The answer kept for this key in this generation, or {@code answer}'s, kept from now. */
    public V get(K key, Function<K, V> answer) {
        return kept.get(new Key<>(generation.get(), key), k -> answer.apply(k.key()));
    }

    public void forget(K key) {
        kept.invalidate(new Key<>(generation.get(), key));
    }

    /** Something new appeared: no answer kept or being worked out until now is given again. */
    public void startOver() {
        generation.incrementAndGet();
        kept.invalidateAll();
    }
}
