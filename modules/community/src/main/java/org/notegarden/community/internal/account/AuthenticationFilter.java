package org.notegarden.community.internal.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * Establishes who is calling, for every API request. API clients send
 * {@code Authorization: Bearer <token>}; browsers carry the HTTP-only session cookie. A cookie
 * alone never authorises a write: state-changing requests must also echo the session's CSRF
 * token in {@code X-CSRF-Token}, which a page on another site cannot read.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    public static final String SESSION_COOKIE = "ng_session";
    public static final String CSRF_COOKIE = "ng_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SessionService sessions;
    @Inject
    CallerContext callerContext;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw Problems.malformed(CommunityMessages.AUTHORIZATION_MUST_BE_BEARER_TOKEN);
            }
            SessionService.Resolved resolved = sessions.resolve(authorization.substring(7).trim())
                    .filter(r -> r.session().getKind() == Session.Kind.BEARER)
                    .orElseThrow(Problems::unauthenticated);
            refuseRestrictedWrites(request, resolved);
            callerContext.authenticate(toCaller(resolved, false));
            return;
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (cookie == null) {
            return;
        }
        Optional<SessionService.Resolved> resolved = sessions.resolve(cookie.getValue())
                .filter(r -> r.session().getKind() == Session.Kind.COOKIE);
        if (resolved.isEmpty()) {
            return; // an expired cookie makes the request anonymous, it does not break it
        }
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String sent = request.getHeaderString(CSRF_HEADER);
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    resolved.get().session().getCsrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw Problems.forbidden(CommunityMessages.MISSING_OR_WRONG_N_HEADER_FOR_COOKIE_AUTHENTICATED, CSRF_HEADER);
            }
        }
        refuseRestrictedWrites(request, resolved.get());
        callerContext.authenticate(toCaller(resolved.get(), true));
    }

    /** Writes a suspended or terminated account may still make: appeal, log out, exercise privacy rights. */
    private static final java.util.List<String> RESTRICTED_MAY_WRITE = java.util.List.of("appeals", "auth/logout", "privacy");

    private static void refuseRestrictedWrites(ContainerRequestContext request, SessionService.Resolved r) {
        if (SAFE_METHODS.contains(request.getMethod()) || !r.account().isRestricted(java.time.Instant.now())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (RESTRICTED_MAY_WRITE.stream().noneMatch(p::startsWith)) {
            throw new ProblemException(403, Problems.BASE + "account-restricted",
                    Message.of(CommunityMessages.ACCOUNT_RESTRICTED_TITLE),
                            r.account().isTerminated()
                                    ? Message.of(CommunityMessages.ACCOUNT_WAS_TERMINATED_BY_MODERATION_YOU_CAN_READ)
                                    : Message.of(CommunityMessages.ACCOUNT_IS_SUSPENDED_UNTIL_N_YOU_CAN_READ, r.account().getSuspendedUntil()),
                    java.util.List.of(), null);
        }
    }

    private static Caller toCaller(SessionService.Resolved r, boolean viaCookie) {
        return new Caller(r.account().getId(), r.account().getHandle(), r.account().getRoles(), viaCookie,
                r.account().getLocale());
    }
}
