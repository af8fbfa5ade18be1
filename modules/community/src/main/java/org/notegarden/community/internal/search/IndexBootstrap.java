package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;

/**
 * Rebuilds the search index in the background when it is empty but the database is not (first
 * start after an upgrade, a deleted index folder, a new search backend); the app answers
 * meanwhile, search fills up as the rebuild goes.
 */
@ApplicationScoped
public class IndexBootstrap {
    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class.getName());

    @PersistenceUnit(unitName = "notegarden")
    EntityManagerFactory emf;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try (var em = emf.createEntityManager()) {
            long indexed = Search.session(em).search(Note.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = em.createQuery("select count(n) from Note n", Long.class).getSingleResult();
            if (indexed == 0 && stored > 0) {
                LOG.info("Search index is empty while " + stored + " notes are stored: rebuilding it in the background");
                Search.mapping(emf).scope(java.util.List.of(Note.class, Account.class)).massIndexer()
                        .threadsToLoadObjects(1).start()
                        .whenComplete((done, failure) -> {
                            if (failure != null) {
                                LOG.log(Level.WARNING, "Rebuilding the search index failed", failure);
                            } else {
                                LOG.info("Search index rebuilt");
                            }
                        });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the search index at start-up", e);
        }
    }
}
