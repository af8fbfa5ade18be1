package org.notegarden.community.api;

/** What other modules may know about an account: enough to show and link to it. */
public record AccountSummary(long id, String handle, String displayName, String avatarUrl) {
}
