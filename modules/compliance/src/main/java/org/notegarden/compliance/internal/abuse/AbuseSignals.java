package org.notegarden.compliance.internal.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes abuse signals in their own transaction: the request that tripped one is usually
 * refused and rolled back, and the signal must survive that.
 */
@ApplicationScoped
public class AbuseSignals {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String kind, String regionId, Long accountId, String detail) {
        em.persist(new AbuseSignal(kind, regionId, accountId, detail, clock.instant()));
    }
}
