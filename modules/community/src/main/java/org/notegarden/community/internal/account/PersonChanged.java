package org.notegarden.community.internal.account;

/**
 * What others see of an account (handle, display name, avatar, whether its text is held) may
 * have changed; fired inside the changing transaction, so {@link PersonCache} forgets the person
 * once it commits.
 */
public record PersonChanged(long accountId) {
}
