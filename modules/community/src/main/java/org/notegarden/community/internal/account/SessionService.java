package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Opens, resolves and closes sessions. Sessions expire after 30 days. */
@ApplicationScoped
public class SessionService {
    static final Duration LIFETIME = Duration.ofDays(30);

    SessionRepository sessions;
    Clock clock;

    @Inject
    public SessionService(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected SessionService() {
    }

    /** A freshly opened session; the raw token exists only here and in the client's hands. */
    public record Issued(String token, String csrfToken, Instant expiresAt) {
    }

    /** The session and its account, resolved for one request. */
    public record Resolved(Session session, Account account) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Issued open(long accountId, Session.Kind kind) {
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        sessions.add(new Session(Tokens.sha256(token), accountId, csrf, kind, now, expires));
        return new Issued(token, csrf, expires);
    }

    public Optional<Resolved> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return sessions.withAccount(Tokens.sha256(token))
                .filter(r -> !r.session().getExpiresAt().isBefore(clock.instant()));
    }

    @Transactional
    public void close(String token) {
        sessions.remove(Tokens.sha256(token));
    }

    /** Ends every session of an account, e.g. after its roles change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAll(long accountId) {
        sessions.removeAllOf(accountId);
    }
}
