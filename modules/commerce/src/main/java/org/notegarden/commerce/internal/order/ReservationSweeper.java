package org.notegarden.commerce.internal.order;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.notegarden.commerce.internal.schedule.JobLeases;

/**
 * Every minute, cancels orders whose payment never arrived in time (a crash between checkout
 * and payment, a buyer who walked away) and returns their stock, and completes orders received
 * a week ago. Each order is handled in its
 * own transaction, so one bad order does not hold back the rest. Once per cluster ({@link JobLeases}).
 */
@Singleton
public class ReservationSweeper {
    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class.getName());
    static final String JOB = "reservation-sweep";

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    OrderSystemTransitions transitions;
    @Inject
    JobLeases leases;

    /**
     * Every node's timer fires each minute; the node that takes the lease (held 50 s, so the next
     * minute is free again) sweeps, the others skip: once per cluster.
     */
    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        if (!leases.take(JOB, clock.instant(), Duration.ofSeconds(50))) {
            return;
        }
        int n = expireUnpaid();
        transitions.completeReceived();
        if (n > 0) {
            LOG.info(() -> "Expired " + n + " unpaid reservations.");
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireUnpaid() {
        List<Long> due = em.createQuery("select o.id from ShopOrder o where o.state = :placed and o.expiresAt < :now",
                        Long.class)
                .setParameter("placed", OrderState.PLACED).setParameter("now", clock.instant())
                .setMaxResults(200).getResultList();
        due.forEach(id -> transitions.failed(id, "reservation expired before payment"));
        return due.size();
    }
}
