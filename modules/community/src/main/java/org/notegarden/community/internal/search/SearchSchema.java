package org.notegarden.community.internal.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;

/**
 * Creates the search indexes that are missing and validates the others, at start-up and before
 * anything searches ({@code hibernate.search.schema_management.strategy=none}, so Hibernate Search
 * leaves it to this). Hibernate Search's own {@code create-or-validate} does not survive nodes
 * starting together on an empty OpenSearch: both find no index, both create it, and the node that
 * comes second fails with {@code resource_already_exists_exception} and does not deploy (found
 * deploying to a Payara Server deployment group of two instances, which starts them at once).
 * Here a failed attempt is tried again: by then the other node's index is there and is validated.
 */
@ApplicationScoped
public class SearchSchema {
    private static final Logger LOG = Logger.getLogger(SearchSchema.class.getName());
    static final int ATTEMPTS = 3;

    @PersistenceUnit(unitName = "notegarden")
    EntityManagerFactory emf;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started)
            throws InterruptedException {
        createOrValidate(() -> Search.mapping(emf).scope(Object.class).schemaManager().createOrValidate(), 2000);
    }

    /** Runs {@code attempt} until it succeeds, {@link #ATTEMPTS} times at most, waiting between tries. */
    static void createOrValidate(Runnable attempt, long waitMillis) throws InterruptedException {
        for (int tried = 1; ; tried++) {
            try {
                attempt.run();
                return;
            } catch (SearchException e) {
                if (tried == ATTEMPTS) {
                    throw e; // the search service is down or the index does not fit the mapping: do not start
                }
                int failed = tried;
                LOG.info(() -> "Search indexes not ready (attempt " + failed + " of " + ATTEMPTS + "; another node may be "
                        + "creating them): " + e.getMessage().lines().findFirst().orElse(""));
                Thread.sleep(waitMillis);
            }
        }
    }
}
