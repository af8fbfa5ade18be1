package org.notegarden.community.api;

import org.notegarden.platform.api.Role;

/**
 * Fired (synchronously, inside the deciding transaction) when a module decides a person gains a
 * role, e.g. commerce approving a shop makes its owner a MERCHANT. The module that owns accounts
 * observes it and grants the role in the same transaction, so a rolled-back decision grants
 * nothing.
 *
 * @param accountId who gains the role
 * @param role      the role
 * @param actorId   who decided (an admin), for the audit log; null when the system did (demo data)
 * @param reason    why, for the audit log
 */
public record RoleGranted(long accountId, Role role, Long actorId, String reason) {
}
