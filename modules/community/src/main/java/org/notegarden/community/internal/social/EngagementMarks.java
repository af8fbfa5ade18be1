package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.note.ViewerMarks;

/** Likes and collects as the note cards show them. */
@ApplicationScoped
public class EngagementMarks implements ViewerMarks {
    LikeService likes;
    CollectService collects;

    @Inject
    public EngagementMarks(LikeService likes, CollectService collects) {
        this.likes = likes;
        this.collects = collects;
    }

    /** For the CDI container's proxy only. */
    protected EngagementMarks() {
    }

    @Override
    public Set<Long> liked(long viewerId, Collection<Long> noteIds) {
        return likes.likedNotes(viewerId, noteIds);
    }

    @Override
    public Map<Long, Long> collected(long viewerId, Collection<Long> noteIds) {
        return collects.collectedAmong(viewerId, noteIds);
    }
}
