package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins, counted per client address and login name together, and per client address
 * alone — never per account. So a stranger cannot lock someone out by guessing wrong from
 * elsewhere, a name that belongs to nobody is throttled exactly like one that exists (no
 * enumeration), and one address cannot try many names
 * ({@code notegarden.security.failed-logins-per-address-hour}, default 100, a sliding hour). The
 * delays per pair follow {@link LoginThrottle}.
 *
 * <p>Kept in the database ({@code cm_failed_login}, one row per failure) so the throttle holds
 * across every node of a cluster; in one node's memory, an attacker spread over n nodes would get
 * n times the tries. Rows are only ever inserted, so nodes never wait on each other; two nodes
 * failing the same pair at the same instant may each let one more try through, which a
 * throttle (unlike a sale) can afford. Keys are SHA-256 hashes: the table never holds an address
 * or a name, and a day after the last failure it holds nothing of it.
 */
@ApplicationScoped
public class FailedLogins {
    /** How long failures are remembered: a pair's count starts over a day after its last failure. */
    static final Duration MEMORY = Duration.ofDays(1);
    private static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    /** Old rows are deleted on every this-many failures of this node. */
    private static final int FORGET_EVERY = 200;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    int perAddressHour;
    private LoginThrottle throttle = LoginThrottle.standard();
    private final AtomicInteger failuresSinceForgetting = new AtomicInteger();

    @Inject
    public FailedLogins(@ConfigProperty(name = "notegarden.security.failed-logins-per-address-hour",
            defaultValue = "100") int perAddressHour,
                        @ConfigProperty(name = "notegarden.security.failed-login-first-wait-seconds", defaultValue = "1")
                        int firstWaitSeconds) {
        this.perAddressHour = perAddressHour;
        this.throttle = LoginThrottle.standard(Duration.ofSeconds(Math.max(1, firstWaitSeconds)));
    }

    /** For the CDI container's proxy only. */
    protected FailedLogins() {
    }

    /** Seconds to wait before this client may try this login name again, if it must wait. */
    @Transactional
    public Optional<Long> wait(String client, String login, Instant now) {
        Instant hourAgo = now.minus(ADDRESS_WINDOW);
        Object[] address = failures(addressKey(client), hourAgo, "min");
        if (((Number) address[0]).longValue() >= perAddressHour) {
            Instant oldest = (Instant) address[1];
            return Optional.of(Math.max(1, Duration.between(hourAgo, oldest).toSeconds()));
        }
        Object[] pair = failures(pairKey(client, login), now.minus(MEMORY), "max");
        int count = ((Number) pair[0]).intValue();
        if (count == 0) {
            return Optional.empty();
        }
        return throttle.lockedUntil(count, (Instant) pair[1]).filter(until -> until.isAfter(now))
                .map(until -> Math.max(1, Duration.between(now, until).toSeconds()));
    }

    /** Records a failure; its own transaction, so it counts even though the login's transaction fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String client, String login, Instant now) {
        insert(pairKey(client, login), now);
        insert(addressKey(client), now);
        if (failuresSinceForgetting.incrementAndGet() >= FORGET_EVERY) {
            failuresSinceForgetting.set(0);
            forgetBefore(now.minus(MEMORY));
        }
    }

    /** A right password: this client's count for this name starts over (its address budget does not). */
    @Transactional
    public void succeeded(String client, String login) {
        em.createNativeQuery("DELETE FROM cm_failed_login WHERE scope_key = ?1").setParameter(1, pairKey(client, login))
                .executeUpdate();
    }

    /** Deletes failures recorded before {@code cutoff}; how many. */
    int forgetBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM cm_failed_login WHERE failed_at < ?1").setParameter(1, cutoff).executeUpdate();
    }

    private void insert(String key, Instant at) {
        em.createNativeQuery("INSERT INTO cm_failed_login (scope_key, failed_at) VALUES (?1, ?2)")
                .setParameter(1, key).setParameter(2, at).executeUpdate();
    }

    /** How many failures under {@code key} after {@code since}, and the oldest or newest of them. */
    private Object[] failures(String key, Instant since, String minOrMax) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), " + minOrMax + "(failed_at) FROM cm_failed_login "
                        + "WHERE scope_key = ?1 AND failed_at > ?2", Object[].class)
                .setParameter(1, key).setParameter(2, since).getSingleResult();
        row[1] = toInstant(row[1]);
        return row;
    }

    private static Instant toInstant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    static String pairKey(String client, String login) {
        return "p:" + sha256(client + '\u0000' + login);
    }

    static String addressKey(String client) {
        return "a:" + sha256(client);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
