package org.notegarden.community.api;

import java.time.Instant;

/**
 * A verified review note was published for everyone to read (at its first publication, or when a
 * moderator let a held one through). Fired inside that transaction, so an observer's writes
 * commit or roll back with it; the storefront turns it into its {@code review.posted} webhook.
 * {@code rating} is the stars given (1-5), absent when the writer gave none.
 */
public record ReviewPosted(long noteId, long authorId, long orderId, long skuId, long productId, Integer rating,
                           String title, Instant publishedAt) {
}
