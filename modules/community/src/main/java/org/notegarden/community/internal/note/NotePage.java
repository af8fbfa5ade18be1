package org.notegarden.community.internal.note;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A note as its page reads it ({@link NotePageRows}): the note's row and its four lists, without
 * the entity. Immutable; the lists are copies.
 */
final class NotePage implements NoteContent {
    /** The note's own columns, in the order {@link NotePageRows} selects them. */
    record Row(long id, long authorId, String title, String body, Note.Kind kind, Note.State state, String locationName,
               int likeCount, int collectCount, int commentCount, boolean ageRestricted, boolean authorPrivate,
               boolean moderationLabel, Long statementId, String ipLocation, Instant createdAt, Instant updatedAt,
               Instant publishedAt, Long reviewOrderId, Long reviewProductId, String sponsorName, boolean sponsorByPlatform,
               boolean aiGenerated, boolean aiAssisted, boolean aiGeneratedByPlatform, boolean aiSuspectedByPlatform,
               Long collabId) {
    }

    private final Row row;
    private final List<Long> mediaIds;
    private final Set<String> topics;
    private final Set<Long> mentionIds;
    private final List<Long> productIds;

    NotePage(Row row, List<Long> mediaIds, Set<String> topics, Set<Long> mentionIds, List<Long> productIds) {
        this.row = row;
        this.mediaIds = List.copyOf(mediaIds);
        this.topics = Set.copyOf(topics);
        this.mentionIds = Set.copyOf(mentionIds);
        this.productIds = List.copyOf(productIds);
    }

    @Override public Long getId() { return row.id(); }
    @Override public long getAuthorId() { return row.authorId(); }
    @Override public Note.State getState() { return row.state(); }
    @Override public boolean isAuthorPrivate() { return row.authorPrivate(); }
    @Override public boolean isAgeRestricted() { return row.ageRestricted(); }
    @Override public String getTitle() { return row.title(); }
    @Override public String getBody() { return row.body(); }
    @Override public Note.Kind getKind() { return row.kind(); }
    @Override public String getLocationName() { return row.locationName(); }
    @Override public List<Long> getMediaIds() { return mediaIds; }
    @Override public Set<String> getTopics() { return topics; }
    @Override public Set<Long> getMentionIds() { return mentionIds; }
    @Override public List<Long> getProductIds() { return productIds; }
    @Override public int getLikeCount() { return row.likeCount(); }
    @Override public int getCollectCount() { return row.collectCount(); }
    @Override public int getCommentCount() { return row.commentCount(); }
    @Override public Instant getCreatedAt() { return row.createdAt(); }
    @Override public Instant getUpdatedAt() { return row.updatedAt(); }
    @Override public Instant getPublishedAt() { return row.publishedAt(); }
    @Override public String getIpLocation() { return row.ipLocation(); }
    @Override public boolean isVerifiedPurchase() { return row.reviewOrderId() != null; }
    @Override public Long getReviewProductId() { return row.reviewProductId(); }
    @Override public String getSponsorName() { return row.sponsorName(); }
    @Override public boolean isSponsorByPlatform() { return row.sponsorByPlatform(); }
    @Override public boolean isAiGenerated() { return row.aiGenerated(); }
    @Override public boolean isAiAssisted() { return row.aiAssisted(); }
    @Override public boolean isAiGeneratedByPlatform() { return row.aiGeneratedByPlatform(); }
    @Override public boolean isAiSuspectedByPlatform() { return row.aiSuspectedByPlatform(); }
    @Override public Long getCollabId() { return row.collabId(); }
    @Override public boolean isModerationLabel() { return row.moderationLabel(); }
    @Override public Long getStatementId() { return row.statementId(); }
}
