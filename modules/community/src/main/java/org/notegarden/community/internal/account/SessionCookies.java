package org.notegarden.community.internal.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.RuntimeDelegate;

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

    /**
     * Sets a cookie on the servlet response, for a resource method that returns its body
     * directly instead of a Response (see SuccessStatus); JAX-RS keeps headers set there.
     */
    static void set(HttpServletResponse response, NewCookie cookie) {
        response.addHeader(HttpHeaders.SET_COOKIE, RuntimeDelegate.getInstance().createHeaderDelegate(NewCookie.class).toString(cookie));
    }

    /** Both cookies expired, for a method that returns its body (erasure). */
    public static void clear(UriInfo uri, HttpServletResponse response) {
        for (NewCookie c : cleared(uri)) {
            set(response, c);
        }
    }

    /** Both cookies expired: after log-out or erasure. */
    public static NewCookie[] cleared(UriInfo uri) {
        return new NewCookie[] {cookie(uri, AuthenticationFilter.SESSION_COOKIE, "", 0, true),
            cookie(uri, AuthenticationFilter.CSRF_COOKIE, "", 0, false)};
    }
}
