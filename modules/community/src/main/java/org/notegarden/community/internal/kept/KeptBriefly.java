package org.notegarden.community.internal.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Views by id kept for a short while, so a page that names the same people and pictures as the
 * last one does not read them again. Ids that do not exist are not remembered. The owner forgets
 * an id when its change commits; other nodes' changes are seen once {@code freshFor} has passed.
 */
public final class KeptBriefly<V> {
    private final Cache<Long, V> kept;

    public KeptBriefly(Duration freshFor, long atMost) {
        this.kept = Caffeine.newBuilder().expireAfterWrite(freshFor).maximumSize(atMost).build();
    }

    /** Those of these ids that exist; {@code load} reads the ones not kept. */
    public Map<Long, V> get(Collection<Long> ids, Function<Set<Long>, Map<Long, V>> load) {
        return kept.getAll(ids, missing -> load.apply(Set.copyOf(missing)));
    }

    public void forget(long id) {
        kept.invalidate(id);
    }
}
