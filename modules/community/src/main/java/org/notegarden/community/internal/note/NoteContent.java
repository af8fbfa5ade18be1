package org.notegarden.community.internal.note;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything a note's page shows. The entity carries it, and so does {@link NotePage}, the note
 * read as rows for its page, so {@link NoteViews#detail} words the page the same way from either.
 */
public interface NoteContent extends NoteAudience {
    String getTitle();

    String getBody();

    Note.Kind getKind();

    String getLocationName();

    /** The carousel in its order. */
    List<Long> getMediaIds();

    Set<String> getTopics();

    Set<Long> getMentionIds();

    /** Tagged products in the author's order. */
    List<Long> getProductIds();

    int getLikeCount();

    int getCollectCount();

    int getCommentCount();

    Instant getCreatedAt();

    Instant getUpdatedAt();

    Instant getPublishedAt();

    String getIpLocation();

    boolean isVerifiedPurchase();

    Long getReviewProductId();

    String getSponsorName();

    boolean isSponsorByPlatform();

    boolean isAiGenerated();

    boolean isAiAssisted();

    boolean isAiGeneratedByPlatform();

    boolean isAiSuspectedByPlatform();

    Long getCollabId();

    boolean isModerationLabel();

    Long getStatementId();
}
