package org.notegarden.community.internal.search;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.hibernate.search.util.common.SearchException;
import org.notegarden.platform.api.Causes;
import org.notegarden.platform.api.Problems;

/**
 * Turns "the search engine cannot be reached" into the 503 problem search answers with, so a
 * stopped OpenSearch costs search and nothing else (notes, feeds and checkout never touch the
 * index; with the outbox, writes queue their index work in the database and it catches up when
 * the engine returns). Other search failures stay what they are: bugs, answered as incidents.
 */
final class SearchBackendDown {
    private static final Logger LOG = Logger.getLogger(SearchBackendDown.class.getName());

    private SearchBackendDown() {
    }

    static <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (SearchException e) {
            if (!unreachable(e)) {
                throw e;
            }
            LOG.warning(() -> "Search engine unreachable, search answers 503: " + e.getMessage());
            throw Problems.searchUnavailable();
        }
    }

    /**
     * An I/O failure in the cause chain (connection refused, reset, timed out), or a failed call
     * of the Elasticsearch/OpenSearch client (its messages are HSEARCH400xxx), such as a cluster
     * answering 503 while it recovers.
     */
    static boolean unreachable(Throwable e) {
        return Causes.first(e, t -> t instanceof IOException
                || t instanceof SearchException && t.getMessage() != null && t.getMessage().contains("HSEARCH400")).isPresent();
    }
}
