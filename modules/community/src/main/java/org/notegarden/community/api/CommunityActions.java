package org.notegarden.community.api;

import java.util.List;
import java.util.Optional;

/**
 * What a person does in the community, for code that acts on people's behalf outside a request
 * (the demo seeder, imports). Every call goes through the same services and rules as the REST
 * API: screening, visibility, counters, notifications. Each call is one transaction.
 */
public interface CommunityActions {
    /**
     * A system account (no age gate, no sign-up limits; its address counts as proved) with a bio
     * and a language ({@code en}, {@code zh-CN} or {@code zh-TW}); returns its id.
     */
    long createSystemAccount(String email, String password, String handle, String displayName, String bio, String locale);

    /** Uploads an image for {@code ownerId} (checked and re-encoded as any upload); returns the media id. */
    long uploadImage(long ownerId, byte[] image);

    /**
     * Uploads a video for {@code ownerId} (probed and queued for transcoding as any upload);
     * returns the media id. It can be published once {@link #mediaReady} says so.
     */
    long uploadVideo(long ownerId, byte[] video);

    /** Whether the owner's medium is processed and can be published (images at once, videos once transcoded). */
    boolean mediaReady(long ownerId, long mediaId);

    /** {@code followerId} follows {@code followeeId} (a private profile gets a request instead). */
    void follow(long followerId, long followeeId);

    /** Publishes a note; empty when screening held it for review, so nobody else can see it yet. */
    Optional<Long> publish(long authorId, NoteDraft draft);

    /** A note as its author writes it; {@code locationName} and {@code productIds} may be null. */
    record NoteDraft(String title, String body, List<Long> mediaIds, List<String> topics, String locationName,
                     List<Long> productIds) {
    }

    void like(long accountId, long noteId);

    void collect(long accountId, long noteId);

    /** Comments on a note, or replies to {@code replyTo}; returns the comment's id. */
    long comment(long accountId, long noteId, Long replyTo, String text);
}
