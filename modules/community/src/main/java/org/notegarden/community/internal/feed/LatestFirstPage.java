package org.notegarden.community.internal.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.function.IntFunction;
import org.notegarden.community.internal.kept.KeptPerGeneration;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.community.internal.note.NoteWentPublic;
import org.notegarden.platform.api.Page;

/**
 * The first page of the latest feed as signed-out readers get it, built at most once a second
 * (per page size) instead of once per request: every open of the app without an account asks
 * for it, and building its cards takes five to seven queries. A note that goes public empties
 * it at once. Each answer is checked against the database first (one look-up of the page's ids),
 * so a note removed, demoted, deleted or made private is never served from here; counts on the
 * cards may be a second old. A note going public starts over ({@link KeptPerGeneration}), so a
 * page that was being built from the database as it stood before is not given to later readers.
 */
@ApplicationScoped
public class LatestFirstPage {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    FeedQueries feeds;
    private final KeptPerGeneration<Integer, Page<NoteViews.NoteCard>> pages = new KeptPerGeneration<>(FRESH_FOR, 64);

    @Inject
    public LatestFirstPage(FeedQueries feeds) {
        this.feeds = feeds;
    }

    /** For the CDI container's proxy only. */
    protected LatestFirstPage() {
    }

    Page<NoteViews.NoteCard> get(int limit, IntFunction<Page<NoteViews.NoteCard>> build) {
        Page<NoteViews.NoteCard> page = pages.get(limit, build::apply);
        Set<Long> still = feeds.stillRecommendable(page.items().stream().map(NoteViews.NoteCard::id).toList());
        if (still.size() == page.items().size()) {
            return page;
        }
        pages.forget(limit);
        return new Page<>(page.items().stream().filter(c -> still.contains(c.id())).toList(), page.nextCursor());
    }

    void wentPublic(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWentPublic event) {
        pages.startOver();
    }
}
