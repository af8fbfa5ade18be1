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

/**
 * One-time links sent by e-mail. Only a token's SHA-256 is stored; a token works once, until it
 * expires, and issuing a new one for the same purpose retires the older ones.
 */
@ApplicationScoped
public class AccountTokens {
    /** What a link does, and how long it works. */
    public enum Purpose {
        VERIFY_EMAIL(Duration.ofDays(2)), RESET_PASSWORD(Duration.ofHours(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;

    @Inject
    public AccountTokens(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected AccountTokens() {
    }

    /** A fresh token (to put in a link); inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long accountId, Purpose purpose) {
        Instant now = clock.instant();
        retire(accountId, purpose, now);
        String token = Tokens.random();
        em.createNativeQuery("INSERT INTO cm_account_token (token_hash, account_id, purpose, created_at, expires_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Tokens.sha256(token)).setParameter(2, accountId).setParameter(3, purpose.name())
                .setParameter(4, now).setParameter(5, now.plus(purpose.lifetime)).executeUpdate();
        return token;
    }

    /** The account a valid, unused token belongs to; the token is used up by this. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> consume(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Tokens.sha256(token.strip());
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("SELECT account_id FROM cm_account_token WHERE token_hash = ?1 AND purpose = ?2 "
                        + "AND used_at IS NULL AND expires_at > ?3")
                .setParameter(1, hash).setParameter(2, purpose.name()).setParameter(3, now).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // Used up in the same statement that checks it was unused: two clicks cannot both succeed.
        int used = em.createNativeQuery("UPDATE cm_account_token SET used_at = ?2 WHERE token_hash = ?1 AND used_at IS NULL")
                .setParameter(1, hash).setParameter(2, now).executeUpdate();
        return used == 1 ? Optional.of(found.get(0).longValue()) : Optional.empty();
    }

    private void retire(long accountId, Purpose purpose, Instant now) {
        em.createNativeQuery("UPDATE cm_account_token SET used_at = ?3 WHERE account_id = ?1 AND purpose = ?2 AND used_at IS NULL")
                .setParameter(1, accountId).setParameter(2, purpose.name()).setParameter(3, now).executeUpdate();
    }
}
