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

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
