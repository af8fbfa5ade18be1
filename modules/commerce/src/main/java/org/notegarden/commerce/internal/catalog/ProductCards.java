package org.notegarden.commerce.internal.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.notegarden.community.api.ProductLookup.ProductRef;

/**
 * The cards of products on sale, kept for {@link #FRESH_FOR}: a popular note's product is read by
 * every reader of the note, and that second read made a note page with a product cost half as much
 * again as one without (async-profiler, PostgreSQL, 2026-12-07). A product that is not on sale is
 * kept as such, so a note naming a withdrawn product does not read it on every page either.
 *
 * <p>A change on this node is seen by the next page: whoever changes a card fires
 * {@link ProductChanged} or a shop's change, and the card is forgotten when that commits. Another
 * node's change is seen within {@link #FRESH_FOR}. A read that was under way while a change
 * committed may have seen the data from before it, so what it read is given to its own page but
 * not kept.
 */
final class ProductCards {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** Counts forgettings, so a read can tell that one happened while it was reading. */
    private final AtomicLong changes = new AtomicLong();
    private final Cache<Long, Optional<ProductRef>> kept;

    ProductCards() {
        this(Ticker.systemTicker());
    }

    /** For tests: time as the ticker tells it. */
    ProductCards(Ticker ticker) {
        kept = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(20_000).ticker(ticker).build();
    }

    /** The cards of those of these products that are on sale; {@code read} reads the ones not kept. */
    Map<Long, ProductRef> onSale(Collection<Long> productIds, Function<Set<Long>, Map<Long, ProductRef>> read) {
        Map<Long, ProductRef> cards = new HashMap<>();
        Set<Long> missing = new HashSet<>();
        for (Long id : productIds) {
            Optional<ProductRef> card = kept.getIfPresent(id);
            if (card == null) {
                missing.add(id);
            } else {
                card.ifPresent(c -> cards.put(id, c));
            }
        }
        if (missing.isEmpty()) {
            return cards;
        }
        long before = changes.get();
        Map<Long, ProductRef> fresh = read.apply(Set.copyOf(missing));
        cards.putAll(fresh);
        for (Long id : missing) {
            kept.put(id, Optional.ofNullable(fresh.get(id)));
        }
        // Checked after keeping, not before: a forgetting that counts after this check also
        // removes what was just kept, and one that counted before it is undone here.
        if (changes.get() != before) {
            kept.invalidateAll(missing);
        }
        return cards;
    }

    void forget(long productId) {
        changes.incrementAndGet();
        kept.invalidate(productId);
    }

    /** A shop changed: its products' cards are forgotten with all others (shops change rarely). */
    void forgetAll() {
        changes.incrementAndGet();
        kept.invalidateAll();
    }
}
