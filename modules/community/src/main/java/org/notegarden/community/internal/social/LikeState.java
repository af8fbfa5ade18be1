package org.notegarden.community.internal.social;

/** Whether the caller now likes a note or comment, and how many people do. */
public record LikeState(boolean liked, int likeCount) {
}
