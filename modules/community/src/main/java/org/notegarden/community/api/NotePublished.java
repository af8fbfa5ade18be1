package org.notegarden.community.api;

import java.time.Instant;
import java.util.Set;

/**
 * Fired (CDI event, observed after commit) when a note becomes visible to others. Carries ids
 * and values only, so observers in other modules never hold community entities.
 */
public record NotePublished(long noteId, long authorId, String title, Set<String> topics, Instant publishedAt) {
    public NotePublished {
        topics = Set.copyOf(topics);
    }
}
