package org.notegarden.community.internal.note;

import java.time.Instant;
import org.notegarden.community.internal.media.ImplicitLabel;

/**
 * What a note card shows and who may see it, read as one row ({@link NoteCardRows}) instead of
 * the entity with its four collections: the cover is the first picture, and {@code hasProducts}
 * says whether it tags any.
 */
record NoteCardRow(long id, long authorId, String title, Note.Kind kind, Note.State state, Long coverMediaId,
                   int likeCount, boolean verifiedPurchase, boolean hasProducts, String sponsorName,
                   boolean aiGenerated, boolean aiAssisted, boolean aiGeneratedByPlatform, boolean aiSuspectedByPlatform,
                   Instant publishedAt, boolean authorPrivate, boolean ageRestricted) implements NoteAudience {

    ImplicitLabel.Tier tier() {
        return AiLabels.tierOf(aiGeneratedByPlatform, aiGenerated, aiSuspectedByPlatform);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getAuthorId() {
        return authorId;
    }

    @Override
    public Note.State getState() {
        return state;
    }

    @Override
    public boolean isAuthorPrivate() {
        return authorPrivate;
    }

    @Override
    public boolean isAgeRestricted() {
        return ageRestricted;
    }
}
