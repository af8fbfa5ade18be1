package org.notegarden.compliance.internal.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes abuse signals in their own transaction: the request that tripped one is usually
 * refused and rolled back, and the signal must survive that.
 */
@ApplicationScoped
public class AbuseSignals {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;

    @Inject
    public AbuseSignals(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected AbuseSignals() {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String kind, String regionId, Long accountId, String detail) {
        em.persist(new AbuseSignal(kind, regionId, accountId, detail, clock.instant()));
    }

    /** How many signals of each kind and region arrived since {@code since}, most first. */
    public List<Object[]> countsSince(Instant since) {
        return em.createQuery("select s.kind, s.regionId, count(s) from AbuseSignal s where s.at >= :since "
                + "group by s.kind, s.regionId order by count(s) desc", Object[].class).setParameter("since",
                        since).getResultList();
    }

    /** The latest signals since {@code since}, newest first. */
    public List<AbuseSignal> recentSince(Instant since, int limit) {
        return em.createQuery("select s from AbuseSignal s where s.at >= :since order by s.id desc", AbuseSignal.class)
                .setParameter("since", since).setMaxResults(limit).getResultList();
    }
}
