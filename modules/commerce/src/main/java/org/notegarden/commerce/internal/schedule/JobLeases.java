package org.notegarden.commerce.internal.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Once per cluster instead of once per node, through the database every node shares: a node takes
 * a job's lease with one conditional UPDATE (portable SQL, no lock held), so of nodes whose timers
 * fire together exactly one runs. Chosen over cluster-aware EJB timers (they need Payara Server's
 * timer database or Hazelcast, which Payara Micro with --nocluster has not) and over Hazelcast
 * locks (same reason); a database lease works on H2 alone and on any number of nodes.
 */
@ApplicationScoped
public class JobLeases {
    /** This node, for the row's holder column: what an operator reads to see who ran a job last. */
    static final String NODE = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /**
     * Takes {@code job}'s lease until {@code now + holdFor} if no node holds it now; true when this
     * node took it and should run the job.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, Instant now, Duration holdFor) {
        return take(job, NODE, now, holdFor);
    }

    boolean take(String job, String holder, Instant now, Duration holdFor) {
        return em.createQuery("update JobLease l set l.holder = :holder, l.leaseUntil = :until, l.runs = l.runs + 1 "
                        + "where l.name = :job and l.leaseUntil <= :now")
                .setParameter("holder", holder).setParameter("until", now.plus(holdFor))
                .setParameter("job", job).setParameter("now", now).executeUpdate() == 1;
    }

    /**
     * Takes {@code job}'s lease if nobody holds it, or renews it if this node does: for work one
     * node does continuously (the order-event relay) rather than once per run. True while this
     * node holds the lease, until {@code now + holdFor}. Leaves {@code runs} alone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hold(String job, Instant now, Duration holdFor) {
        return hold(job, NODE, now, holdFor);
    }

    boolean hold(String job, String holder, Instant now, Duration holdFor) {
        return em.createQuery("update JobLease l set l.holder = :holder, l.leaseUntil = :until "
                        + "where l.name = :job and (l.leaseUntil <= :now or l.holder = :holder)")
                .setParameter("holder", holder).setParameter("until", now.plus(holdFor))
                .setParameter("job", job).setParameter("now", now).executeUpdate() == 1;
    }

    /** Gives up a lease this node holds (a node stopping cleanly), so another takes it at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        em.createQuery("update JobLease l set l.leaseUntil = :past where l.name = :job and l.holder = :holder")
                .setParameter("past", Instant.EPOCH).setParameter("job", job).setParameter("holder", NODE).executeUpdate();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
