package org.notegarden.community.internal.note;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What one reader has done with notes (liked, collected), for the heart and star on cards.
 * Implemented by the package that records likes and collects, which sits above this one: notes
 * are drawn here without knowing how engagement is stored.
 */
public interface ViewerMarks {
    /** The notes among {@code noteIds} that {@code viewerId} liked. */
    Set<Long> liked(long viewerId, Collection<Long> noteIds);

    /** The notes among {@code noteIds} that {@code viewerId} collected, with the board (0: none). */
    Map<Long, Long> collected(long viewerId, Collection<Long> noteIds);
}
