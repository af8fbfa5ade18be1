package org.notegarden.community.internal.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.notegarden.community.internal.kept.KeptPerGeneration;
import org.notegarden.community.internal.note.LabelWording;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.community.internal.note.NoteWentPublic;
import org.notegarden.platform.api.Page;

/**
 * The first page of the latest feed as signed-out readers get it, built at most once a second
 * (per page size) instead of once per request: every open of the app without an account asks
 * for it, and building its cards takes five to seven queries. A note that goes public empties
 * it at once. Each answer is checked against the database first (one look-up of the page's ids),
 * so a note removed, demoted, deleted or made private is never served from here; counts on the
 * cards may be a second old. Readers whose region or language words labels differently get pages of
 * their own. A note going public starts over ({@link KeptPerGeneration}), so a
 * page that was being built from the database as it stood before is not given to later readers.
 */
@ApplicationScoped
public class LatestFirstPage {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** A page is kept per size and per label wording: the cards carry the words of the reader's region and language. */
    private record Key(int limit, Map<String, String> wording) {
    }

    FeedQueries feeds;
    LabelWording wording;
    private final KeptPerGeneration<Key, Page<NoteViews.NoteCard>> pages = new KeptPerGeneration<>(FRESH_FOR, 64);

    @Inject
    public LatestFirstPage(FeedQueries feeds, LabelWording wording) {
        this.feeds = feeds;
        this.wording = wording;
    }

    /** For the CDI container's proxy only. */
    protected LatestFirstPage() {
    }

    Page<NoteViews.NoteCard> get(int limit, IntFunction<Page<NoteViews.NoteCard>> build) {
        Key key = new Key(limit, wording.get());
        Page<NoteViews.NoteCard> page = pages.get(key, k -> build.apply(k.limit()));
        Set<Long> still = feeds.stillRecommendable(page.items().stream().map(NoteViews.NoteCard::id).toList());
        if (still.size() == page.items().size()) {
            return page;
        }
        pages.forget(key);
        return new Page<>(page.items().stream().filter(c -> still.contains(c.id())).toList(), page.nextCursor());
    }

    void wentPublic(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWentPublic event) {
        pages.startOver();
    }
}
