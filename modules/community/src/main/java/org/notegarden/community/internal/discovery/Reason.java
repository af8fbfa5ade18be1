package org.notegarden.community.internal.discovery;

/**
 * One real reason a note was ranked for the reader, in the words the client translates:
 * SEARCHED (value: the search), COLLECTED_TOPIC / LIKED_TOPIC / COMMENTED_TOPIC (value: the
 * topic, count: how many of the reader's notes on it), FOLLOWING (value: the author's handle),
 * POPULAR (well liked recently), FRESH (new), POPULAR_NEARBY (value: the region), LATEST.
 */
public record Reason(String kind, String value, int count) {
}
