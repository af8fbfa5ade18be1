package org.notegarden.compliance.internal.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Sliding-window limits kept in the database, so they hold across every node of a cluster: ten
 * sign-ups an hour from one address are ten whichever nodes they reach. A check locks the key's
 * stripe row (SELECT … FOR UPDATE), counts the key's events in the window and records one more
 * unless the limit is reached, in a transaction of its own: a refused or failed request still
 * counts, as it did in memory, and the lock is held for three statements only.
 */
@ApplicationScoped
public class SharedWindows {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** Records an event unless it would exceed {@code limit}; seconds to wait when refused, else 0. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long tryAcquire(String counter, String key, int limit, Duration window, Instant now) {
        em.find(RateStripe.class, stripe(counter, key), LockModeType.PESSIMISTIC_WRITE);
        Instant horizon = now.minus(window);
        Object[] inWindow = em.createQuery("select count(e), min(e.at) from RateEvent e "
                        + "where e.counter = :counter and e.rateKey = :key and e.at > :horizon", Object[].class)
                .setParameter("counter", counter).setParameter("key", key).setParameter("horizon", horizon)
                .getSingleResult();
        long count = ((Number) inWindow[0]).longValue();
        if (count >= limit) {
            Instant oldest = (Instant) inWindow[1];
            return Math.max(1, Duration.between(horizon, oldest).toSeconds());
        }
        em.persist(new RateEvent(counter, key, now));
        return 0;
    }

    /** Forgets the counter's events at or before {@code before}; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forget(String counter, Instant before) {
        return em.createQuery("delete from RateEvent e where e.counter = :counter and e.at <= :before")
                .setParameter("counter", counter).setParameter("before", before).executeUpdate();
    }

    static int stripe(String counter, String key) {
        return Math.floorMod((counter + '\u0000' + key).hashCode(), RateStripe.COUNT);
    }
}
