package org.notegarden.compliance.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Implemented by each module that owns reportable things (community: notes, comments, accounts;
 * commerce: products, shops), so compliance can show moderators what a notice is about without
 * reading other modules' tables.
 */
public interface ModeratedContent {
    boolean handles(SubjectKind kind);

    /** Who is responsible for it, what a reader sees, and when it was created; empty if it does not exist. */
    Optional<Snapshot> snapshot(SubjectKind kind, long id);

    /**
     * @param authorRegionId the region policy the author signed up under (decides their appeal window); may be null
     */
    record Snapshot(long authorId, String authorRegionId, String text, Instant createdAt, boolean hasImages, boolean hasVideo) {
    }
}
