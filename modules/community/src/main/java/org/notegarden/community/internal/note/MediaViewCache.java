package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.notegarden.community.internal.kept.KeptBriefly;
import org.notegarden.community.internal.media.MediaChanged;

/**
 * Pictures and videos as cards and note pages show them, kept for a few seconds: reading the
 * media rows was 7 % of a search, a "for you" page and a note page's CPU (async-profiler,
 * 2026-12-04). A change on this node (a video transcoded, WebP copies stored or dropped for a
 * label) is seen at once; another node's within {@link #FRESH_FOR}. Which notes a reader may see
 * is never decided from here.
 */
@ApplicationScoped
public class MediaViewCache {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final KeptBriefly<NoteViews.MediaView> views = new KeptBriefly<>(FRESH_FOR, 50_000);

    /** Those of these ids that exist; {@code load} reads the ones not kept. */
    Map<Long, NoteViews.MediaView> get(Collection<Long> ids, Function<Set<Long>, Map<Long, NoteViews.MediaView>> load) {
        return views.get(ids, load);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaChanged change) {
        views.forget(change.mediaId());
    }
}
