package org.notegarden.community.internal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.People;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.SuccessStatus;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Sign-up, log-in and log-out, for browsers (cookies) and API clients (bearer tokens). */
@RequestScoped
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    AccountService accounts;
    EmailOwnership emails;
    SessionService sessions;
    People views;

    @Inject
    public AuthResource(AccountService accounts, EmailOwnership emails, SessionService sessions, People views) {
        this.accounts = accounts;
        this.emails = emails;
        this.sessions = sessions;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected AuthResource() {
    }
    @Context
    UriInfo uri;
    @Context
    HttpServletResponse response;

    public static class RegisterRequest {
        @Schema(required = true)
        public String email;
        @Schema(required = true)
        public String password;
        @Schema(required = true)
        public String handle;
        public String displayName;
        /** YYYY-MM-DD: the neutral age gate. */
        @Schema(required = true)
        public String birthDate;
        /** "cookie" (default, for browsers) or "token" (for API clients). */
        public String mode;
    }

    public static class LoginRequest {
        @Schema(required = true)
        public String login;
        @Schema(required = true)
        public String password;
        public String mode;
    }

    /** What a successful sign-up or log-in returns; {@code token} only in token mode. */
    public record LoginResult(People.Me account, String csrfToken, String token, Instant expiresAt) {
    }

    @POST
    @Path("register")
    @APIResponse(responseCode = "201", description = "The new account, signed in", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LoginResult.class)))
    @SuccessStatus(201)
    public LoginResult register(RegisterRequest body) {
        RequestBodies.required(body);
        java.time.LocalDate birthDate = null;
        FieldError birthDateError = null;
        if (body.birthDate != null && !body.birthDate.isBlank()) {
            try {
                birthDate = java.time.LocalDate.parse(body.birthDate.trim());
            } catch (java.time.format.DateTimeParseException e) {
                birthDateError = new FieldError("birthDate", CommunityMessages.MUST_BE_DATE_LIKE_1999_04_30);
            }
        }
        Account account = accounts.signUp(body.email, body.password, body.handle, body.displayName, birthDate, birthDateError);
        return loggedIn(account, body.mode);
    }

    /** Asks for a password reset link; the answer is the same whether or not the address has an account. */
    public static class ResetRequest {
        @Schema(required = true)
        public String email;
    }

    public static class ResetConfirm {
        @Schema(required = true)
        public String token;
        @Schema(required = true)
        public String password;
    }

    public static class EmailTokenBody {
        public String token;
    }

    /** What a reset request answers, always: a link was sent if the address belongs to an account. */
    public record ResetRequested(boolean accepted) {
    }

    @POST
    @Path("password-reset")
    @APIResponse(responseCode = "202", description = "Accepted, whether or not the address has an account", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ResetRequested.class)))
    @SuccessStatus(202)
    public ResetRequested requestReset(ResetRequest body) {
        RequestBodies.required(body);
        emails.requestPasswordReset(body.email);
        return new ResetRequested(true);
    }

    @POST
    @Path("password-reset/confirm")
    @APIResponse(responseCode = "204", description = "The new password is set")
    public Response confirmReset(ResetConfirm body) {
        RequestBodies.required(body);
        emails.resetPassword(body.token, body.password);
        return Response.noContent().build();
    }

    @POST
    @Path("verify-email")
    @APIResponse(responseCode = "204", description = "The address is proved")
    public Response verifyEmail(EmailTokenBody body) {
        RequestBodies.required(body);
        emails.verify(body.token);
        return Response.noContent().build();
    }

    @POST
    @Path("login")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LoginResult.class)))
    public LoginResult login(LoginRequest body) {
        RequestBodies.required(body);
        Account account = accounts.authenticate(body.login, body.password);
        return loggedIn(account, body.mode);
    }

    @POST
    @Path("logout")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@CookieParam(AuthenticationFilter.SESSION_COOKIE) String cookieToken,
                           @jakarta.ws.rs.HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.length() > 7) {
            sessions.close(authorization.substring(7).trim());
        } else if (cookieToken != null) {
            sessions.close(cookieToken);
        }
        return Response.noContent()
                .cookie(SessionCookies.cleared(uri))
                .build();
    }

    /** Opens the session; a browser's travels in two cookies, an API client's token in the answer. */
    private LoginResult loggedIn(Account account, String mode) {
        boolean token = "token".equals(mode);
        SessionService.Issued issued = sessions.open(account.getId(), token ? Session.Kind.BEARER : Session.Kind.COOKIE);
        People.Me me = views.me(account);
        if (token) {
            return new LoginResult(me, null, issued.token(), issued.expiresAt());
        }
        int maxAge = (int) SessionService.LIFETIME.toSeconds();
        SessionCookies.set(response, cookie(AuthenticationFilter.SESSION_COOKIE, issued.token(), maxAge, true));
        SessionCookies.set(response, cookie(AuthenticationFilter.CSRF_COOKIE, issued.csrfToken(), maxAge, false));
        return new LoginResult(me, issued.csrfToken(), null, issued.expiresAt());
    }

    private NewCookie cookie(String name, String value, int maxAge, boolean httpOnly) {
        return SessionCookies.cookie(uri, name, value, maxAge, httpOnly);
    }
}
