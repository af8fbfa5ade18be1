package org.notegarden.community.internal.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first search after a start once took about 17 s: the CC-CEDICT dictionary, the Chinese
 * analyzers' own dictionaries and the index readers all load on first use. Right after start-up
 * one search in each language runs in the background, so the first reader finds them loaded.
 * The app answers meanwhile; a search that comes in earlier simply waits for the same loading.
 */
@ApplicationScoped
public class SearchWarmUp {
    private static final Logger LOG = Logger.getLogger(SearchWarmUp.class.getName());

    @Resource
    ManagedExecutorService executor;
    NoteSearch search;
    /** This bean through its container proxy, so {@link #warm()} runs in a transaction. */
    jakarta.enterprise.inject.Instance<SearchWarmUp> self;

    @Inject
    public SearchWarmUp(NoteSearch search, jakarta.enterprise.inject.Instance<SearchWarmUp> self) {
        this.search = search;
        this.self = self;
    }

    /** For the CDI container's proxy only. */
    protected SearchWarmUp() {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.submit(() -> self.get().warm());
    }

    /**
     * In a transaction of its own: outside one, the shared EntityManager closes after each call
     * and Hibernate Search's session with it ("Session is closed").
     */
    @Transactional
    public void warm() {
        long began = System.nanoTime();
        try {
            for (String text : new String[] {"咖啡 早午餐", "coffee brunch", "kafei"}) {
                search.notes(SearchQuery.of(text, null, null, null, 0, 1, true));
            }
            LOG.info(() -> "Search warmed up in " + (System.nanoTime() - began) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Warming up search failed; the first search will load what it needs", e);
        }
    }
}
