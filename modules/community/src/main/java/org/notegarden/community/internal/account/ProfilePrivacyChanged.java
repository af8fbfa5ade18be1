package org.notegarden.community.internal.account;

/**
 * Fired synchronously, inside the transaction that switches a profile between public and
 * private, so the parts that depend on it (pending follow requests, the notes' visibility)
 * change in the same commit or not at all. Account sits below notes and follows: it announces
 * rather than reaching up into them.
 */
public record ProfilePrivacyChanged(long accountId, boolean nowPrivate) {
}
