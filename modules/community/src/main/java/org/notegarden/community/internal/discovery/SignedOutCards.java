package org.notegarden.community.internal.discovery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.notegarden.community.internal.note.LabelWording;
import org.notegarden.community.internal.note.NoteViews;

/**
 * The cards of the signed-out home feed ("popular nearby"), kept for a second per list of notes
 * and label wording: every open of the app without an account asks for them, and on PostgreSQL
 * their rows took a statement of 130 us and 74 buffers per page, beside the check of the ranking.
 * Only for notes the caller found recommendable in the database in the same request
 * ({@code FeedQueries.stillRecommendable}, stricter than what a stranger may see), so whether a
 * stranger may see a note is decided afresh each time; a card's counts and title may be a second
 * old, as on the latest feed's first page.
 */
@ApplicationScoped
public class SignedOutCards {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private record Key(List<Long> noteIds, Map<String, String> wording) {
    }

    NoteViews views;
    LabelWording wording;
    private final Cache<Key, List<NoteViews.NoteCard>> kept =
            Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(1_000).build();

    @Inject
    public SignedOutCards(NoteViews views, LabelWording wording) {
        this.views = views;
        this.wording = wording;
    }

    /** For the CDI container's proxy only. */
    protected SignedOutCards() {
    }

    /** Cards of these notes, in their order, as a signed-out reader sees them; each was found recommendable just now. */
    List<NoteViews.NoteCard> ofRecommendable(List<Long> noteIds) {
        return kept.get(new Key(List.copyOf(noteIds), wording.get()), k -> views.cards(k.noteIds(), null));
    }
}
