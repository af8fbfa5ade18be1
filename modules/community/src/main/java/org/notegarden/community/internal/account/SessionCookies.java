package org.notegarden.community.internal.account;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The browser session's two cookies, set and cleared the same way everywhere: the session token
 * HTTP-only, the CSRF token readable by the page; SameSite=Lax keeps them off cross-site posts,
 * Secure whenever the request came over HTTPS.
 */
public final class SessionCookies {
    private SessionCookies() {
    }

    static NewCookie cookie(UriInfo uri, String name, String value, int maxAge, boolean httpOnly) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(httpOnly)
                .secure("https".equals(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** Both cookies expired: after log-out or erasure. */
    public static NewCookie[] cleared(UriInfo uri) {
        return new NewCookie[] {cookie(uri, AuthenticationFilter.SESSION_COOKIE, "", 0, true),
            cookie(uri, AuthenticationFilter.CSRF_COOKIE, "", 0, false)};
    }
}
