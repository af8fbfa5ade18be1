package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.notegarden.community.api.ProductLookup;
import org.notegarden.community.internal.account.AccountRepository;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.account.PlaceNames;
import org.notegarden.community.internal.media.ImplicitLabel;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaService;
import org.notegarden.community.internal.media.MediaUrls;
import org.notegarden.community.internal.relation.FollowService;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.EnumValues;
import org.notegarden.community.internal.media.MediaKind;

/**
 * Builds note cards, note details and comments for one viewer, with a fixed number of
 * queries per page (the notes as rows, authors, media, the viewer's likes) whatever the page size.
 */
@ApplicationScoped
public class NoteViews {
    People accounts;
    MediaService media;
    ViewerMarks marks;
    FollowService follows;
    NoteService noteService;
    ProductLookup products;
    PlaceNames places;
    LabelWording wording;

    AccountRepository accountRepository;
    NoteCardRows cardRows;
    MediaViewCache mediaViewCache;

    @Inject
    public NoteViews(People accounts, MediaService media, ViewerMarks marks, FollowService follows,
            NoteService noteService, ProductLookup products, PlaceNames places, LabelWording wording, AccountRepository accountRepository,
            NoteCardRows cardRows, MediaViewCache mediaViewCache) {
        this.accountRepository = accountRepository;
        this.cardRows = cardRows;
        this.mediaViewCache = mediaViewCache;
        this.accounts = accounts;
        this.media = media;
        this.marks = marks;
        this.follows = follows;
        this.noteService = noteService;
        this.products = products;
        this.places = places;
        this.wording = wording;
    }

    /** For the CDI container's proxy only. */
    protected NoteViews() {
    }

    /**
     * An image or a video. A processed video has a poster (also its {@code gridUrl}) and a length;
     * an image may have WebP copies for {@code srcset} ({@code gridSrcset} for cards, {@code srcset}
     * for the detail view) and its average {@code color} to paint while it loads.
     */
    public record MediaView(long id, @EnumValues(MediaKind.class) String kind, String url, String gridUrl, int width, int height,
                            String contentType, String posterUrl, Long durationMs, String gridSrcset, String srcset, String color) {
        static MediaView of(Media m) {
            return new MediaView(m.getId(), m.getKind().name(), MediaUrls.detail(m), MediaUrls.grid(m),
                    m.getWidth(), m.getHeight(), m.getContentType(), MediaUrls.poster(m), m.getDurationMs(),
                    MediaUrls.gridSrcset(m), MediaUrls.detailSrcset(m), m.getColor());
        }
    }

    public record NoteCard(long id, String title, @EnumValues(Note.Kind.class) String kind, @EnumValues(Note.State.class) String state, MediaView cover,
                           People.Person author, int likeCount, boolean likedByMe, boolean verifiedPurchase,
                           boolean hasProducts, String sponsoredBy, boolean aiGenerated, boolean aiAssisted, Instant publishedAt,
                           Map<String, String> labelWording, String aiLabel) {
    }

    /** A product tagged in a note, as its card shows it; prices are the shop's, in minor units. */
    public record ProductCard(long id, long shopId, String shopName, String titleEn, String titleZh, String imageUrl,
                              long priceFromMinor, String currency, boolean inStock) {
        static ProductCard of(ProductLookup.ProductRef p) {
            return new ProductCard(p.id(), p.shopId(), p.shopName(), p.titleEn(), p.titleZh(), p.imageUrl(),
                    p.priceFromMinor(), p.currency(), p.inStock());
        }
    }

    public record NoteDetail(long id, String title, String body, @EnumValues(Note.Kind.class) String kind, @EnumValues(Note.State.class) String state, List<MediaView> media,
                             List<String> topics, List<People.Person> mentions, String locationName,
                             People.Person author, int likeCount, int collectCount, int commentCount,
                             boolean likedByMe, boolean collectedByMe, Long collectedBoardId, boolean followingAuthor,
                             boolean mine, List<ProductCard> products, boolean verifiedPurchase, Long reviewedProductId,
                             String sponsoredBy, boolean sponsorByPlatform, boolean aiGenerated, boolean aiAssisted,
                                     Long collabId,
                             Instant createdAt, Instant updatedAt, Instant publishedAt, String ipLocation,
                             boolean ageRestricted, boolean moderationLabel, Long statementId,
                             boolean aiGeneratedByPlatform, Map<String, String> labelWording, String aiLabel,
                             String textDigitalSourceType) {
    }

    /** IPTC's digital source type for text a person wrote with a generative model's help. */
    static final String ASSISTED_TEXT = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";

    private static String tier(NoteContent n) {
        ImplicitLabel.Tier tier = AiLabels.tierOf(n.isAiGeneratedByPlatform(), n.isAiGenerated(), n.isAiSuspectedByPlatform());
        return tier == null ? null : tier.name();
    }

    /** A page of cards from feed positions; the next cursor is the last position shown. */
    public Page<NoteCard> page(List<Cursor> positions, int limit, Long viewerId) {
        boolean more = positions.size() > limit;
        List<Cursor> shown = more ? positions.subList(0, limit) : positions;
        List<NoteCard> cards = cards(shown.stream().map(Cursor::id).toList(), viewerId);
        return new Page<>(cards, more ? shown.get(shown.size() - 1).encode() : null);
    }

    /** Which of these notes the viewer may see: the one rule of every list (see {@link #visibleAmong}). */
    public Set<Long> visibleIds(Collection<Long> noteIds, Long viewerId) {
        if (noteIds.isEmpty()) {
            return Set.of();
        }
        return visibleAmong(cardRows.byIds(noteIds), viewerId);
    }

    /**
     * One rule for every list and every count: what the note's own page would not show this
     * viewer is left out — others' drafts, held and removed notes, a private profile's notes to
     * non-followers, and age-restricted notes to anyone but signed-in adults and their authors.
     */
    private Set<Long> visibleAmong(List<? extends NoteAudience> found, Long viewerId) {
        Set<Long> visible = noteService.visibleAmong(found, viewerId);
        boolean adult = found.stream().noneMatch(NoteAudience::isAgeRestricted) || viewerIsAdult(viewerId);
        return found.stream().filter(n -> visible.contains(n.getId()))
                .filter(n -> !n.isAgeRestricted() || adult || (viewerId != null && n.getAuthorId() == viewerId))
                .map(NoteAudience::getId).collect(Collectors.toSet());
    }

    /** Age-restricted notes are listed only to signed-in adults (and their authors), as their pages are shown. */
    private boolean viewerIsAdult(Long viewerId) {
        if (viewerId == null) {
            return false;
        }
        return accountRepository.byId(viewerId).filter(a -> !accounts.isMinor(a)).isPresent();
    }

    /** Cards in the order of {@code noteIds}, leaving out what the viewer may not see. */
    public List<NoteCard> cards(List<Long> noteIds, Long viewerId) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        List<NoteCardRow> found = cardRows.byIds(noteIds);
        Set<Long> visible = visibleAmong(found, viewerId);
        Map<Long, NoteCardRow> notes = found.stream().filter(n -> visible.contains(n.id()))
                .collect(Collectors.toMap(NoteCardRow::id, Function.identity()));
        Set<Long> coverIds = new HashSet<>();
        Set<Long> authorIds = new HashSet<>();
        notes.values().forEach(n -> {
            authorIds.add(n.authorId());
            if (n.coverMediaId() != null) {
                coverIds.add(n.coverMediaId());
            }
        });
        Map<Long, MediaView> covers = mediaViews(coverIds);
        Map<Long, People.Person> authors = accounts.people(authorIds);
        Set<Long> liked = viewerId == null ? Set.of() : marks.liked(viewerId, notes.keySet());
        // Once per page, not per card: each call works out the reader's region and language again.
        Map<String, String> labelWording = wording.get();
        List<NoteCard> out = new ArrayList<>();
        for (Long id : noteIds) {
            NoteCardRow n = notes.get(id);
            if (n == null) {
                continue;
            }
            MediaView cover = n.coverMediaId() == null ? null : covers.get(n.coverMediaId());
            ImplicitLabel.Tier tier = n.tier();
            out.add(new NoteCard(n.id(), n.title(), n.kind().name(), n.state().name(),
                    cover, authors.get(n.authorId()), n.likeCount(),
                    liked.contains(n.id()), n.verifiedPurchase(), n.hasProducts(), n.sponsorName(),
                    n.aiGenerated(), n.aiAssisted(), n.publishedAt(), labelWording, tier == null ? null : tier.name()));
        }
        return out;
    }

    private Map<Long, MediaView> mediaViews(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mediaViewCache.get(ids, missing -> media.byIds(missing).values().stream()
                .collect(Collectors.toMap(Media::getId, MediaView::of)));
    }

    public NoteDetail detail(NoteContent n, Long viewerId) {
        Map<Long, MediaView> byId = mediaViews(n.getMediaIds());
        List<MediaView> mediaViews = n.getMediaIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        Set<Long> people = new HashSet<>(n.getMentionIds());
        people.add(n.getAuthorId());
        Map<Long, People.Person> persons = accounts.people(people);
        List<People.Person> mentions = n.getMentionIds().stream().map(persons::get)
                .filter(java.util.Objects::nonNull).toList();
        boolean liked = viewerId != null && !marks.liked(viewerId, List.of(n.getId())).isEmpty();
        Long board = viewerId == null ? null : marks.collected(viewerId, List.of(n.getId())).get(n.getId());
        boolean mine = viewerId != null && viewerId == n.getAuthorId();
        boolean following = viewerId != null && !mine && follows.follows(viewerId, n.getAuthorId());
        // Looked up live: a tagged product that went off sale drops out, and prices are today's.
        Map<Long, ProductLookup.ProductRef> onSale = n.getProductIds().isEmpty() ? Map.of() : products.onSale(n.getProductIds());
        List<ProductCard> cards = n.getProductIds().stream().map(onSale::get).filter(java.util.Objects::nonNull)
                .map(ProductCard::of).toList();
        return new NoteDetail(n.getId(), n.getTitle(), n.getBody(), n.getKind().name(), n.getState().name(), mediaViews,
                n.getTopics().stream().sorted().toList(), mentions, n.getLocationName(), persons.get(n.getAuthorId()),
                n.getLikeCount(), n.getCollectCount(), n.getCommentCount(), liked, board != null,
                board == null || board == 0 ? null : board, following, mine, cards, n.isVerifiedPurchase(),
                n.getReviewProductId(), n.getSponsorName(), n.isSponsorByPlatform(), n.isAiGenerated(), n.isAiAssisted(),
                n.getCollabId(),
                n.getCreatedAt(), n.getUpdatedAt(), n.getPublishedAt(), places.name(n.getIpLocation()),
                n.isAgeRestricted(), n.isModerationLabel(), mine ? n.getStatementId() : null,
                n.isAiGeneratedByPlatform(), wording.get(), tier(n), n.isAiAssisted() ? ASSISTED_TEXT : null);
    }
}
