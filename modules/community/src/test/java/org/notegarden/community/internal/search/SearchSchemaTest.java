package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

class SearchSchemaTest {
    @Test
    void anIndexAnotherNodeCreatedMeanwhileIsValidatedOnTheNextTry() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        SearchSchema.createOrUpdate(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new SearchException("index [note-000001] already exists");
            }
        }, 1);
        assertEquals(2, tries.get());
    }

    @Test
    void aSearchServiceThatStaysDownStopsTheStart() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(SearchException.class, () -> SearchSchema.createOrUpdate(() -> {
            tries.incrementAndGet();
            throw new SearchException("connection refused");
        }, 1));
        assertEquals(SearchSchema.ATTEMPTS, tries.get());
    }
}
