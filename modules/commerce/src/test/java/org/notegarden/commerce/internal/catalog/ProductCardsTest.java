package org.notegarden.commerce.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.notegarden.community.api.ProductLookup.ProductRef;

/** Product cards kept for a second: what is read when, and what a change makes the next page read. */
class ProductCardsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ProductCards cards = new ProductCards(nanos::get);
    private final List<Set<Long>> reads = new ArrayList<>();
    private final Map<Long, ProductRef> database = new HashMap<>(Map.of(1L, card(1, 500), 2L, card(2, 700)));

    private Map<Long, ProductRef> read(Set<Long> ids) {
        reads.add(ids);
        Map<Long, ProductRef> found = new HashMap<>();
        ids.stream().filter(database::containsKey).forEach(id -> found.put(id, database.get(id)));
        return found;
    }

    @Test
    void readOnceThenKeptForASecondIncludingProductsNotOnSale() {
        assertEquals(Map.of(1L, card(1, 500)), cards.onSale(List.of(1L, 3L), this::read));
        assertEquals(Map.of(1L, card(1, 500), 2L, card(2, 700)), cards.onSale(List.of(1L, 2L, 3L), this::read));
        assertEquals(List.of(Set.of(1L, 3L), Set.of(2L)), reads, "only the card not kept yet is read; 3 is known not to be on sale");
        nanos.addAndGet(ProductCards.FRESH_FOR.toNanos() + 1);
        cards.onSale(List.of(1L), this::read);
        assertEquals(Set.of(1L), reads.get(2), "read again after a second: another node's change shows by then");
    }

    @Test
    void aChangeIsSeenByTheNextPage() {
        cards.onSale(List.of(1L, 2L), this::read);
        database.put(1L, card(1, 450));
        assertEquals(500, cards.onSale(List.of(1L), this::read).get(1L).priceFromMinor(), "kept: no change was heard");
        cards.forget(1L);
        assertEquals(Map.of(1L, card(1, 450), 2L, card(2, 700)), cards.onSale(List.of(1L, 2L), this::read));
        assertEquals(Set.of(1L), reads.get(1), "only the changed product is read again");
        database.remove(2L);
        cards.forgetAll();
        assertEquals(Map.of(1L, card(1, 450)), cards.onSale(List.of(1L, 2L), this::read), "a shop's change forgets every card");
    }

    @Test
    void whatWasReadWhileAChangeCommittedIsGivenButNotKept() {
        Map<Long, ProductRef> seen = cards.onSale(List.of(1L), ids -> {
            Map<Long, ProductRef> before = read(ids);
            database.put(1L, card(1, 450));
            cards.forget(1L); // the change commits while this read holds the data from before it
            return before;
        });
        assertEquals(500, seen.get(1L).priceFromMinor(), "the page that read it shows what it read");
        assertEquals(450, cards.onSale(List.of(1L), this::read).get(1L).priceFromMinor(), "the next page reads again");
        assertEquals(2, reads.size());
    }

    private static ProductRef card(long id, long price) {
        return new ProductRef(id, 10, "Shop", "Tea " + id, null, null, price, "EUR", true);
    }
}
