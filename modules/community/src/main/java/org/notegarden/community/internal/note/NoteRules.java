package org.notegarden.community.internal.note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.media.MediaKind;
import org.notegarden.community.internal.media.MediaState;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * The limits on a note, checked all at once so a client learns every problem in one answer.
 * Pure: the caller supplies what it looked up (the media's kind and owner, the handles that
 * exist), which keeps these rules unit-testable.
 */
public final class NoteRules {
    public static final int MAX_TITLE = 50;
    public static final int MAX_BODY = 2000;
    public static final int MAX_IMAGES = 18;
    public static final int MAX_TOPICS = 10;
    public static final int MAX_MENTIONS = 20;
    public static final int MAX_LOCATION = 40;
    public static final int MAX_PRODUCTS = 10;

    private NoteRules() {
    }

    /** What a client sent. */
    public record Input(String title, String body, List<Long> mediaIds, List<String> topics, String locationName,
                        List<Long> productIds) {
        public Input(String title, String body, List<Long> mediaIds, List<String> topics, String locationName) {
            this(title, body, mediaIds, topics, locationName, null);
        }
    }

    /** Facts about one uploaded medium. */
    /** What the rules need of a medium: whose it is, what it is, and whether it can be shown yet. */
    public record MediaFacts(long ownerId, MediaKind kind, MediaState state) {
        public MediaFacts(long ownerId, MediaKind kind) {
            this(ownerId, kind, MediaState.READY);
        }
    }

    /** Content that passed every rule, normalised. */
    public record Valid(String title, String body, Note.Kind kind, List<Long> mediaIds, Set<String> topics,
                        Set<Long> mentionIds, String locationName, List<Long> productIds) {
    }

    public static Valid check(Input in, long authorId, boolean publishing, Map<Long, MediaFacts> media,
                              Map<String, Long> existingHandles) {
        return check(in, authorId, publishing, media, existingHandles, Set.of());
    }

    /**
     * @param productsOnSale the ids among {@code in.productIds()} that are products on sale; a
     *                       creator may tag any shop's product, as in a haul or a review
     */
    public static Valid check(Input in, long authorId, boolean publishing, Map<Long, MediaFacts> media,
                              Map<String, Long> existingHandles, Set<Long> productsOnSale) {
        List<FieldError> errors = new ArrayList<>();
        String title = in.title() == null ? "" : in.title().strip();
        if (title.isEmpty()) {
            errors.add(new FieldError("title", CommunityMessages.IS_REQUIRED));
        } else if (TextLength.of(title) > MAX_TITLE) {
            errors.add(new FieldError("title", CommunityMessages.MUST_BE_AT_MOST_N_CHARACTERS, MAX_TITLE));
        }
        String body = in.body() == null ? "" : in.body().strip();
        if (TextLength.of(body) > MAX_BODY) {
            errors.add(new FieldError("body", CommunityMessages.MUST_BE_AT_MOST_N_CHARACTERS, MAX_BODY));
        }

        List<Long> mediaIds = in.mediaIds() == null ? List.of() : in.mediaIds();
        Note.Kind kind = Note.Kind.TEXT;
        if (mediaIds.size() > MAX_IMAGES) {
            errors.add(new FieldError("mediaIds", CommunityMessages.NOTE_HOLDS_AT_MOST_N_IMAGES, MAX_IMAGES));
        } else {
            Set<Long> seen = new HashSet<>();
            int videos = 0;
            for (int i = 0; i < mediaIds.size(); i++) {
                Long id = mediaIds.get(i);
                MediaFacts f = id == null ? null : media.get(id);
                if (f == null || f.ownerId() != authorId) {
                    errors.add(new FieldError("mediaIds[" + i + "]", CommunityMessages.IS_NOT_ONE_OF_YOUR_UPLOADS));
                } else if (!seen.add(id)) {
                    errors.add(new FieldError("mediaIds[" + i + "]", CommunityMessages.APPEARS_TWICE));
                } else {
                    if (f.kind() == MediaKind.VIDEO) {
                        videos++;
                    }
                    // A draft may hold a video still being processed; a published note may not.
                    if (publishing && f.state() == MediaState.PROCESSING) {
                        errors.add(new FieldError("mediaIds[" + i + "]", CommunityMessages.IS_STILL_BEING_PROCESSED));
                    } else if (f.state() == MediaState.FAILED) {
                        errors.add(new FieldError("mediaIds[" + i + "]", CommunityMessages.COULD_NOT_BE_PROCESSED_UPLOAD_AGAIN));
                    }
                }
            }
            if (videos > 0 && mediaIds.size() > 1) {
                errors.add(new FieldError("mediaIds", CommunityMessages.VIDEO_NOTE_HOLDS_EXACTLY_ONE_VIDEO_AND_NO));
            }
            if (!mediaIds.isEmpty()) {
                kind = videos > 0 ? Note.Kind.VIDEO : Note.Kind.IMAGES;
            }
        }
        if (publishing && mediaIds.isEmpty()) {
            errors.add(new FieldError("mediaIds", CommunityMessages.PUBLISHED_NOTE_NEEDS_1_N_IMAGES_OR_ONE, MAX_IMAGES));
        }

        Set<String> topics = new LinkedHashSet<>();
        if (in.topics() != null) {
            for (int i = 0; i < in.topics().size(); i++) {
                String t = in.topics().get(i) == null ? "" : NoteText.normaliseTopic(in.topics().get(i));
                if (!NoteText.isValidTopic(t)) {
                    errors.add(new FieldError("topics[" + i + "]", CommunityMessages.MUST_BE_1_30_LETTERS_DIGITS_OR));
                } else {
                    topics.add(t);
                }
            }
        }
        topics.addAll(NoteText.topics(body));
        if (topics.size() > MAX_TOPICS) {
            errors.add(new FieldError("topics", CommunityMessages.NOTE_HAS_AT_MOST_N_TOPICS, MAX_TOPICS));
        }

        Set<Long> mentions = new LinkedHashSet<>();
        for (String handle : NoteText.mentionedHandles(body)) {
            Long id = existingHandles.get(handle);
            if (id != null && id != authorId) {
                mentions.add(id);
            }
        }
        if (mentions.size() > MAX_MENTIONS) {
            errors.add(new FieldError("body", CommunityMessages.MENTIONS_AT_MOST_N_PEOPLE, MAX_MENTIONS));
        }

        String location = in.locationName() == null || in.locationName().isBlank() ? null : in.locationName().strip();
        if (location != null && TextLength.of(location) > MAX_LOCATION) {
            errors.add(new FieldError("locationName", CommunityMessages.MUST_BE_AT_MOST_N_CHARACTERS, MAX_LOCATION));
        }
        List<Long> products = new ArrayList<>();
        List<Long> tagged = in.productIds() == null ? List.of() : in.productIds();
        if (tagged.size() > MAX_PRODUCTS) {
            errors.add(new FieldError("productIds", CommunityMessages.NOTE_TAGS_AT_MOST_N_PRODUCTS, MAX_PRODUCTS));
        } else {
            for (int i = 0; i < tagged.size(); i++) {
                Long id = tagged.get(i);
                if (id == null || !productsOnSale.contains(id)) {
                    errors.add(new FieldError("productIds[" + i + "]", CommunityMessages.IS_NOT_PRODUCT_ON_SALE));
                } else if (products.contains(id)) {
                    errors.add(new FieldError("productIds[" + i + "]", CommunityMessages.APPEARS_TWICE));
                } else {
                    products.add(id);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new Valid(title, body, kind, List.copyOf(mediaIds), topics, mentions, location, List.copyOf(products));
    }
}
