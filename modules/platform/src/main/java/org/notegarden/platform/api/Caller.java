package org.notegarden.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated person behind one request.
 *
 * @param accountId   the account's id
 * @param handle      the account's handle, as it was when the request was authenticated
 * @param roles       the roles held; always contains {@link Role#USER}
 * @param viaCookie   true when the browser session cookie authenticated the request, which is
 *                    what makes CSRF checks necessary for writes
 * @param locale      the UI language the account chose (a BCP 47 tag such as {@code zh-TW}), or
 *                    null when it never chose one; server messages use it before Accept-Language
 */
public record Caller(long accountId, String handle, Set<Role> roles, boolean viaCookie, String locale) {
    public Caller {
        Objects.requireNonNull(handle, "handle");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
