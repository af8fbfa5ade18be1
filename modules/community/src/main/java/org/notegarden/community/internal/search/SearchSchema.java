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
 * Creates the search indexes that are missing and brings the others' mappings up to date, at
 * start-up and before anything searches ({@code hibernate.search.schema_management.strategy=none},
 * so Hibernate Search leaves it to this). Hibernate Search's own {@code create-or-validate} does not survive nodes
 * starting together on an empty OpenSearch: both find no index, both create it, and the node that
 * comes second fails with {@code resource_already_exists_exception} and does not deploy (found
 * deploying to a Payara Server deployment group of two instances, which starts them at once).
 * Here a failed attempt is tried again: by then the other node's index is there, and is brought
 * up to date (nothing to do when it matches).
 *
 * <p>Update rather than validate: an upgrade that adds a field (the "hidden" flag,
 * {@link org.notegarden.community.internal.note.Note#INDEX_SCHEMA} 2) finds an existing OpenSearch
 * index whose mapping lacks it, which validation refuses, so the node did not start. Hibernate Search's update
 * adds the missing fields to the mapping and closes the index only when its analysis settings
 * differ, which an added field does not make them; the notes written before are then rebuilt by
 * {@link IndexBootstrap}. A local Lucene index has no mapping to update.
 */
@ApplicationScoped
public class SearchSchema {
    private static final Logger LOG = Logger.getLogger(SearchSchema.class.getName());
    static final int ATTEMPTS = 3;

    @PersistenceUnit(unitName = "notegarden")
    EntityManagerFactory emf;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started)
            throws InterruptedException {
        createOrUpdate(() -> Search.mapping(emf).scope(Object.class).schemaManager().createOrUpdate(), 2000);
    }

    /** Runs {@code attempt} until it succeeds, {@link #ATTEMPTS} times at most, waiting between tries. */
    static void createOrUpdate(Runnable attempt, long waitMillis) throws InterruptedException {
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
