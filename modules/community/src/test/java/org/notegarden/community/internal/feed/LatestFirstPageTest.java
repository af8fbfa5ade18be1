package org.notegarden.community.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.notegarden.community.internal.Latches;
import org.notegarden.community.internal.note.LabelWording;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.community.internal.note.NoteWentPublic;
import org.notegarden.platform.api.Page;

/** The signed-out first page is built once, rebuilt when a note goes public, and never serves a note strangers may no longer see. */
class LatestFirstPageTest {
    /** The database's answer to "which of these may strangers still see". */
    static final class Rows extends FeedQueries {
        final Set<Long> hidden = new HashSet<>();

        @Override
        public Set<Long> stillRecommendable(Collection<Long> noteIds) {
            Set<Long> out = new HashSet<>(noteIds);
            out.removeAll(hidden);
            return out;
        }
    }

    /** The label words of the reader at hand. */
    static final class Words extends LabelWording {
        Map<String, String> now = Map.of("sponsored", "Sponsored");

        @Override
        public Map<String, String> get() {
            return now;
        }
    }

    private static NoteViews.NoteCard card(long id) {
        return new NoteViews.NoteCard(id, "note " + id, "IMAGES", "PUBLISHED", null, null, 0, false, false, false, null, false,
                false, null, Map.of(), null);
    }

    @Test
    void builtOnceRebuiltWhenANoteGoesPublicAndCheckedEveryTime() {
        Rows rows = new Rows();
        LatestFirstPage first = new LatestFirstPage(rows, new Words());
        AtomicInteger builds = new AtomicInteger();
        java.util.function.IntFunction<Page<NoteViews.NoteCard>> build = n -> {
            builds.incrementAndGet();
            return new Page<>(List.of(card(3), card(2), card(1)), "next");
        };

        assertEquals(3, first.get(20, build).items().size());
        assertEquals(3, first.get(20, build).items().size());
        assertEquals(1, builds.get(), "the second reader gets the page built for the first");

        rows.hidden.add(2L); // its author turned private, or a moderator removed it
        assertEquals(List.of(3L, 1L), first.get(20, build).items().stream().map(NoteViews.NoteCard::id).toList());
        first.get(20, build);
        assertEquals(2, builds.get(), "a page holding a hidden note is built again for the next reader");

        first.wentPublic(new NoteWentPublic(4));
        first.get(20, build);
        assertEquals(3, builds.get(), "a note going public makes it be built again");
    }

    @Test
    void readersWhoseLabelsReadDifferentlyGetAPageOfTheirOwn() {
        Words words = new Words();
        LatestFirstPage first = new LatestFirstPage(new Rows(), words);
        java.util.function.IntFunction<Page<NoteViews.NoteCard>> build = n -> new Page<>(List.of(
                new NoteViews.NoteCard(1, "note 1", "IMAGES", "PUBLISHED", null, null, 0, false, false, false, "Glow Lab", false,
                        false, null, words.get(), null)), null);
        assertEquals("Sponsored", first.get(20, build).items().get(0).labelWording().get("sponsored"));
        words.now = Map.of("sponsored", "广告");
        assertEquals("广告", first.get(20, build).items().get(0).labelWording().get("sponsored"),
                "a reader in mainland China right after one in the US reads the words of their own region");
    }

    @Test
    void aPageBeingBuiltWhileANoteWentPublicIsNotKeptForLaterReaders() throws Exception {
        LatestFirstPage first = new LatestFirstPage(new Rows(), new Words());
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch published = new CountDownLatch(1);
        CompletableFuture<Page<NoteViews.NoteCard>> building = CompletableFuture.supplyAsync(() -> first.get(20, n -> {
            Page<NoteViews.NoteCard> before = new Page<>(List.of(card(3), card(2)), null);
            built.countDown();
            Latches.await(published); // note 4 goes public while this page, read before it, is on its way
            return before;
        }));
        Latches.await(built);
        first.wentPublic(new NoteWentPublic(4));
        published.countDown();
        assertEquals(2, building.get(10, TimeUnit.SECONDS).items().size());
        Page<NoteViews.NoteCard> next = first.get(20, n -> new Page<>(List.of(card(4), card(3), card(2)), null));
        assertEquals(List.of(4L, 3L, 2L), next.items().stream().map(NoteViews.NoteCard::id).toList(),
                "the next reader sees the new note, not the page read before it");
    }
}
