package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.ProblemException;

/** An unreachable search engine becomes a 503 problem; a bug in a query stays a bug. */
class SearchBackendDownTest {
    @Test
    void aRefusedConnectionIsSearchUnavailable() {
        SearchException down = new SearchException("HSEARCH400588: Call to the Elasticsearch cluster failed",
                new ConnectException("Connection refused"));
        ProblemException p = assertThrows(ProblemException.class, () -> SearchBackendDown.guard(() -> {
            throw down;
        }));
        assertEquals(503, p.status());
        assertEquals(30, p.retryAfterSeconds());
    }

    @Test
    void aClusterAnsweringWithAnErrorIsSearchUnavailable() {
        SearchException recovering = new SearchException("HSEARCH400007: Elasticsearch request failed: status 503");
        assertEquals(503, assertThrows(ProblemException.class, () -> SearchBackendDown.guard(() -> {
            throw recovering;
        })).status());
    }

    @Test
    void aMistakeInTheQueryIsNotHiddenAsAnOutage() {
        SearchException bug = new SearchException("HSEARCH000610: Unknown field 'nosuchfield'");
        assertSame(bug, assertThrows(SearchException.class, () -> SearchBackendDown.guard(() -> {
            throw bug;
        })));
    }

    @Test
    void answersPassThrough() {
        assertEquals("hits", SearchBackendDown.guard(() -> "hits"));
    }
}
