package org.notegarden.community.internal.media;

/**
 * What a medium offers readers (its state, size, poster, WebP copies) changed; fired inside the
 * changing transaction, so views kept of it are forgotten once it commits.
 */
public record MediaChanged(long mediaId) {
}
