package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;
import org.notegarden.platform.api.DataDirectory;

/**
 * Rebuilds the search index in the background when it is empty but the database is not (first
 * start after an upgrade, a deleted index folder, a new search backend), or when it holds notes
 * written in an older form than {@link Note#INDEX_SCHEMA} (an upgrade that changed what queries
 * rely on); the app answers meanwhile, search fills up as the rebuild goes. Once no note of an
 * older form is left, it tells {@link IndexSchemaConfirmed}, and searches use what the current form
 * adds.
 *
 * <p>A rebuild cut short (the server killed half-way) leaves an index that is not empty: Lucene
 * commits what the rebuild wrote every second. So a marker file in the data directory says a
 * rebuild has started and not finished; the next start that finds it rebuilds again. It is this
 * node's file: with a shared OpenSearch index, the node whose rebuild was cut short is the one that
 * finishes it when it comes back.
 */
@ApplicationScoped
public class IndexBootstrap {
    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class.getName());

    static final String UNFINISHED_MARKER = "search-rebuild-unfinished";

    @PersistenceUnit(unitName = "notegarden")
    EntityManagerFactory emf;
    @Inject
    IndexSchemaConfirmed schema;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        rebuildIfNeeded();
    }

    /** The rebuild started (the mass indexer's own stage, so it can be cancelled), or a completed stage when none was needed. */
    CompletionStage<?> rebuildIfNeeded() {
        try (var em = emf.createEntityManager()) {
            var search = Search.session(em);
            long indexed = search.search(Note.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long current = search.search(Note.class).where(f -> f.match().field("indexSchema").matching(Note.INDEX_SCHEMA))
                    .fetchTotalHitCount();
            long stored = em.createQuery("select count(n) from Note n", Long.class).getSingleResult();
            Path marker = DataDirectory.resolve(UNFINISHED_MARKER);
            boolean cutShort = Files.exists(marker);
            boolean olderForm = current < indexed;
            if (cutShort || olderForm || indexed == 0 && stored > 0) {
                LOG.info(cutShort ? "The last rebuild of the search index did not finish (" + indexed + " of " + stored
                        + " notes indexed): rebuilding it in the background"
                        : olderForm ? "The search index holds " + (indexed - current) + " notes written in an older form than "
                        + Note.INDEX_SCHEMA + ": rebuilding it in the background"
                        : "Search index is empty while " + stored + " notes are stored: rebuilding it in the background");
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, "rebuild started " + Instant.now() + "\n");
                // The mass indexer first removes everything from the index, then adds every note and person.
                CompletionStage<?> rebuild = Search.mapping(emf).scope(java.util.List.of(Note.class, Account.class)).massIndexer()
                        .threadsToLoadObjects(1).start();
                rebuild.whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "Rebuilding the search index failed; the next start tries again", failure);
                    } else {
                        deleteQuietly(marker);
                        confirmSchema();
                        LOG.info("Search index rebuilt");
                    }
                });
                return rebuild;
            }
            confirmSchema();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not mark the search index rebuild as started; not rebuilding", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the search index at start-up", e);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Every note in the index is of the current form (tests build this class without it). */
    private void confirmSchema() {
        if (schema != null) {
            schema.confirm();
        }
    }

    private static void deleteQuietly(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + marker + "; the next start rebuilds the search index again", e);
        }
    }
}
