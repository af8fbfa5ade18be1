package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opens, resolves and closes sessions. Sessions expire after 30 days. */
@ApplicationScoped
public class SessionService {
    static final Duration LIFETIME = Duration.ofDays(30);

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;

    @Inject
    public SessionService(Clock clock) {
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
        em.persist(new Session(Tokens.sha256(token), accountId, csrf, kind, now, expires));
        return new Issued(token, csrf, expires);
    }

    public Optional<Resolved> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery(
                        "select s, a from Session s, Account a where s.tokenHash = :h and a.id = s.accountId",
                        Object[].class)
                .setParameter("h", Tokens.sha256(token))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Session s = (Session) rows.get(0)[0];
        if (s.getExpiresAt().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(s, (Account) rows.get(0)[1]));
    }

    @Transactional
    public void close(String token) {
        em.createQuery("delete from Session s where s.tokenHash = :h")
                .setParameter("h", Tokens.sha256(token)).executeUpdate();
    }

    /** Ends every session of an account, e.g. after its roles change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAll(long accountId) {
        em.createQuery("delete from Session s where s.accountId = :a")
                .setParameter("a", accountId).executeUpdate();
    }
}
