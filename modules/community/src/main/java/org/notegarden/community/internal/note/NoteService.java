package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.notegarden.community.api.ProductLookup;
import org.notegarden.community.api.PurchaseLookup;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountRepository;
import org.notegarden.community.internal.account.IpLocationStamps;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaService;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.community.internal.relation.BlockService;
import org.notegarden.community.internal.relation.FollowService;
import org.notegarden.compliance.api.ModerationEffect;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/** Writing, publishing and deleting notes, and reading one with visibility checked. */
@ApplicationScoped
public class NoteService {
    Clock clock;
    MediaService media;
    Notifier notifier;
    FollowService follows;
    BlockService blocks;
    ProductLookup products;
    VerifiedReviews reviews;
    Screening screening;
    IpLocationStamps ipLocations;
    AssistedWriting assistantMemory;
    Collaborations collaborations;

    AccountRepository accountRepository;

    NoteRepository noteRepository;
    AiLabels aiLabels;
    @Inject
    jakarta.enterprise.event.Event<NoteWentPublic> wentPublic;
    @Inject
    NotePageRows pageRows;

    @Inject
    public NoteService(Clock clock, MediaService media, Notifier notifier, FollowService follows, BlockService blocks,
            ProductLookup products, VerifiedReviews reviews, Screening screening, IpLocationStamps ipLocations,
                    AssistedWriting assistantMemory, Collaborations collaborations, AccountRepository accountRepository, NoteRepository noteRepository,
            AiLabels aiLabels) {
        this.aiLabels = aiLabels;
        this.noteRepository = noteRepository;
        this.accountRepository = accountRepository;
        this.clock = clock;
        this.media = media;
        this.notifier = notifier;
        this.follows = follows;
        this.blocks = blocks;
        this.products = products;
        this.reviews = reviews;
        this.screening = screening;
        this.ipLocations = ipLocations;
        this.assistantMemory = assistantMemory;
        this.collaborations = collaborations;
    }

    /** For the CDI container's proxy only. */
    protected NoteService() {
    }

    @Transactional
    public Note create(long authorId, NoteRules.Input input, boolean publish) {
        return create(authorId, input, publish, null);
    }

    /** Honest labels as the author sets them; a collaboration's sponsorship is applied by the platform. */
    public record Labels(String sponsoredBy, boolean aiGenerated, Long collabId) {
        public static final Labels NONE = new Labels(null, false, null);
    }

    /** The order line a review note is about: which order and which variant of it. */
    /** The received order item a note reviews, and the stars it gives (1-5, may be absent). */
    public record ReviewOf(Long orderId, Long skuId, Integer rating) {
    }

    /**
     * Creates a note; with {@code review} it is the review of a purchase the author received,
     * carries the "verified purchase" badge, and tags the bought product (first) itself.
     */
    @Transactional
    public Note create(long authorId, NoteRules.Input input, boolean publish, ReviewOf review) {
        return create(authorId, input, publish, review, Labels.NONE);
    }

    @Transactional
    public Note create(long authorId, NoteRules.Input input, boolean publish, ReviewOf review, Labels labels) {
        PurchaseLookup.Purchase purchase = review == null ? null : reviews.requireReviewable(authorId, review);
        if (purchase != null) {
            input = VerifiedReviews.withProductFirst(input, purchase.productId());
        }
        NoteRules.Valid valid = check(authorId, input, publish);
        Instant now = clock.instant();
        Note note = new Note(authorId, now);
        note.setAuthorPrivate(accountRepository.byId(authorId).map(Account::isPrivateProfile).orElse(false));
        note.edit(valid, now);
        if (purchase != null) {
            note.reviewOf(purchase.orderId(), purchase.skuId(), purchase.productId());
        }
        applyLabels(note, authorId, labels);
        aiLabels.fromMedia(note);
        if (assistantMemory.usedBy(authorId, note.getTitle(), note.getBody())) {
            note.markAiAssisted();
        }
        stampIpLocation(note, authorId);
        noteRepository.add(note);
        if (purchase != null) {
            reviews.rate(note, review.rating());
        }
        if (publish) {
            publishOrHold(note, Set.of(), now);
        }
        aiLabels.stampMedia(note);
        return note;
    }

    @Transactional
    public Note update(long editorId, long noteId, NoteRules.Input input, boolean publish) {
        return update(editorId, noteId, input, publish, null);
    }

    /** {@code labels} null keeps the note's labels as they are. */
    @Transactional
    public Note update(long editorId, long noteId, NoteRules.Input input, boolean publish, Labels labels) {
        Note note = requireOwn(editorId, noteId);
        if (note.getState() == Note.State.REMOVED) {
            throw Problems.conflict("noteId", CommunityMessages.NOTE_WAS_REMOVED_BY_MODERATION_YOU_CAN_APPEAL);
        }
        if (labels != null) {
            applyLabels(note, editorId, labels);
        }
        if (note.getReviewProductId() != null) {
            input = VerifiedReviews.withProductFirst(input, note.getReviewProductId()); // a review always shows what it reviews
        }
        boolean held = note.getState() == Note.State.HELD; // stays held: the moderator sees the latest text
        boolean willBePublished = !held && (publish || note.getState() == Note.State.PUBLISHED);
        NoteRules.Valid valid = check(editorId, input, willBePublished);
        Set<Long> mentionedBefore = note.getState() == Note.State.PUBLISHED ? note.getMentionIds() : Set.of();
        Instant now = clock.instant();
        note.edit(valid, now);
        aiLabels.fromMedia(note);
        stampIpLocation(note, editorId);
        if (assistantMemory.usedBy(editorId, note.getTitle(), note.getBody())) {
            note.markAiAssisted();
        }
        if (willBePublished) {
            publishOrHold(note, mentionedBefore, now);
        }
        aiLabels.stampMedia(note);
        return note;
    }

    /** The note shows where it was last written from; the author's profile shows the same. */
    private void stampIpLocation(Note note, long authorId) {
        String here = ipLocations.current();
        note.stampIpLocation(here);
        accountRepository.byId(authorId).ifPresent(author -> author.stampIpLocation(here));
    }

    /** Applies a moderation decision to a note, inside the deciding transaction. */
    public void moderated(ModerationEffect e) {
        Optional<Note> found = noteRepository.byId(e.subjectId());
        if (found.isEmpty()) {
            return;
        }
        Note note = found.get();
        Instant now = clock.instant();
        switch (e.effect()) {
            case RELEASE -> {
                if (note.release(now)) {
                    announce(note);
                }
            }
            case RESTORE -> {
                note.restore(now);
                wentPublic.fire(new NoteWentPublic(note.getId()));
            }
            case REMOVE -> note.removeByModeration(e.statementId());
            case AGE_RESTRICT -> note.restrict(true, false, false, e.statementId());
            case DEMOTE -> note.restrict(false, true, false, e.statementId());
            case LABEL -> note.restrict(false, false, true, e.statementId());
            default -> { }
        }
    }

    @Transactional
    public void delete(long editorId, long noteId) {
        requireOwn(editorId, noteId).delete(clock.instant());
    }

    /**
     * A note the viewer may see; drafts of others, deleted notes, a private profile's notes (to
     * anyone but its followers) and notes across a block (either way) look like missing ones. Comments, replies, likes and collects
     * all come through here, so none of them reveals a note its page would not show.
     */
    public Note requireVisible(long noteId, Long viewerId) {
        return visibleOrNotFound(noteRepository.byId(noteId), noteId, viewerId);
    }

    /**
     * The same rule as {@link #requireVisible}, for reading a note's page: the note is read as
     * rows ({@link NotePageRows}), not loaded as an entity.
     */
    public NoteContent requireVisiblePage(long noteId, Long viewerId) {
        return visibleOrNotFound(pageRows.byId(noteId), noteId, viewerId);
    }

    /** The one rule for a single note, however it was read; a note the viewer may not see does not exist for them. */
    private <N extends NoteAudience> N visibleOrNotFound(java.util.Optional<N> found, long noteId, Long viewerId) {
        return found.filter(n -> n.isVisibleTo(viewerId) && authorSharesWith(n, viewerId) && !blocks.between(viewerId, n.getAuthorId()))
                .orElseThrow(() -> Problems.notFound("noteId", CommunityMessages.NOTE_N_DOES_NOT_EXIST, noteId));
    }

    /**
     * The same rule as {@link #requireVisible} for a whole page of notes at once (one follow
     * query): every list of notes — boards, liked, topics, products, collaborations, search —
     * shows only what the note's own page would show the viewer.
     */
    public Set<Long> visibleAmong(java.util.Collection<? extends NoteAudience> candidates, Long viewerId) {
        Set<Long> privateAuthors = candidates.stream().filter(n -> n.isAuthorPrivate() && !ownedBy(n, viewerId))
                .map(NoteAudience::getAuthorId).collect(java.util.stream.Collectors.toSet());
        Set<Long> followed = viewerId == null ? Set.of() : follows.followedAmong(viewerId, privateAuthors);
        Set<Long> blocked = blocks.blockedBetween(viewerId,
                candidates.stream().map(NoteAudience::getAuthorId).collect(java.util.stream.Collectors.toSet()));
        return candidates.stream().filter(n -> n.isVisibleTo(viewerId)).filter(n -> !blocked.contains(n.getAuthorId()))
                .filter(n -> !n.isAuthorPrivate() || ownedBy(n, viewerId) || followed.contains(n.getAuthorId()))
                .map(NoteAudience::getId).collect(java.util.stream.Collectors.toSet());
    }

    private static boolean ownedBy(NoteAudience n, Long viewerId) {
        return viewerId != null && n.getAuthorId() == viewerId;
    }

    /** The note carries its author's privacy setting (kept in step by AccountService), so no account is loaded. */
    private boolean authorSharesWith(NoteAudience note, Long viewerId) {
        if (!note.isAuthorPrivate() || (viewerId != null && viewerId == note.getAuthorId())) {
            return true;
        }
        return viewerId != null && follows.follows(viewerId, note.getAuthorId());
    }

    private void applyLabels(Note note, long authorId, Labels labels) {
        String sponsor = labels.sponsoredBy() == null || labels.sponsoredBy().isBlank() ? null : labels.sponsoredBy().strip();
        if (sponsor != null && TextLength.of(sponsor) > 60) {
            throw Problems.invalid("sponsoredBy", CommunityMessages.MUST_BE_AT_MOST_60_CHARACTERS);
        }
        String brand = null;
        if (labels.collabId() != null) {
            Optional<String> collabBrand = collaborations.acceptedBrand(labels.collabId(), authorId);
            if (collabBrand.isEmpty()) {
                throw Problems.invalid("collabId", CommunityMessages.IS_NOT_COLLABORATION_YOU_ACCEPTED);
            }
            if (note.getCollabId() != null && !note.getCollabId().equals(labels.collabId())) {
                throw Problems.invalid("collabId", CommunityMessages.NOTE_ALREADY_BELONGS_TO_ANOTHER_COLLABORATION);
            }
            brand = collabBrand.get();
        }
        note.label(sponsor, labels.aiGenerated(), labels.collabId(), brand);
    }

    /** For writes by the author: others get 404 for drafts and 403 for published notes. */
    private Note requireOwn(long editorId, long noteId) {
        Note note = requireVisible(noteId, editorId);
        if (note.getAuthorId() != editorId) {
            throw Problems.forbidden(CommunityMessages.ONLY_AUTHOR_CAN_CHANGE_NOTE);
        }
        return note;
    }

    /**
     * Screens what is about to be public (drafts are private and not screened): refused text
     * throws 422, held text waits for a moderator, the rest is published.
     */
    private void publishOrHold(Note note, Set<Long> alreadyNotified, Instant now) {
        noteRepository.flush();
        Instant authorSince = accountRepository.byId(note.getAuthorId()).map(Account::getCreatedAt).orElse(null);
        var verdict = screening.screen(new Screening.Submission(
                SubjectKind.NOTE, note.getId(), note.getAuthorId(),
                authorSince, "body", note.getTitle() + "\n" + note.getBody()));
        if (verdict.held()) {
            note.hold();
        } else {
            publish(note, alreadyNotified, now);
        }
    }

    private void publish(Note note, Set<Long> alreadyNotified, Instant now) {
        boolean first = note.getState() == Note.State.DRAFT;
        note.publish(now);
        if (first) {
            announce(note);
        } else {
            notifyMentions(note, alreadyNotified);
        }
    }

    /** First publication: the people it mentions are told, and a review's shop hears of it. */
    private void announce(Note note) {
        wentPublic.fire(new NoteWentPublic(note.getId()));
        notifyMentions(note, Set.of());
        reviews.published(note);
    }

    private void notifyMentions(Note note, Set<Long> alreadyNotified) {
        for (Long mentioned : note.getMentionIds()) {
            if (!alreadyNotified.contains(mentioned)) {
                notifier.notify(mentioned, Notification.Kind.MENTION, note.getAuthorId(), note.getId(), null);
            }
        }
    }

    private NoteRules.Valid check(long authorId, NoteRules.Input input, boolean publishing) {
        Map<Long, NoteRules.MediaFacts> facts = new HashMap<>();
        if (input.mediaIds() != null && input.mediaIds().size() <= NoteRules.MAX_IMAGES) {
            Set<Long> ids = new HashSet<>(input.mediaIds());
            ids.remove(null);
            for (Media m : media.byIds(ids).values()) {
                facts.put(m.getId(), new NoteRules.MediaFacts(m.getOwnerId(), m.getKind(), m.getState()));
            }
        }
        Set<String> handles = NoteText.mentionedHandles(input.body());
        Map<String, Long> existing = new HashMap<>();
        if (!handles.isEmpty() && handles.size() <= NoteRules.MAX_MENTIONS * 2) {
            existing.putAll(accountRepository.idsByHandleKey(handles));
            // Whoever blocked the author cannot be mentioned by them: the mention is not recorded.
            existing.values().removeAll(blocks.blockedBetween(authorId, existing.values()));
        }
        Set<Long> onSale = Set.of();
        List<Long> tagged = input.productIds();
        if (tagged != null && !tagged.isEmpty() && tagged.size() <= NoteRules.MAX_PRODUCTS) {
            Set<Long> ids = new HashSet<>(tagged);
            ids.remove(null);
            onSale = products.onSale(ids).keySet();
        }
        return NoteRules.check(input, authorId, publishing, facts, existing, onSale);
    }
}
