package org.notegarden.compliance.internal.tdb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox of statements for the Transparency Database. A batch is claimed for a while
 * ({@link #claimDue}) in a short transaction of its own, so the HTTP call happens outside any
 * transaction and two servers never send the same statement at once.
 */
@ApplicationScoped
public class TdbQueue {
    /** How long a claimed batch is left to its sender before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** Called inside the transaction that issued the statement. */
    void add(TdbSubmission submission) {
        em.persist(submission);
    }

    Optional<TdbSubmission> byStatement(long statementId) {
        return Optional.ofNullable(em.find(TdbSubmission.class, statementId));
    }

    /** Takes up to {@code limit} due statements, oldest first, for {@link #LEASE}; returns their ids. */
    @Transactional
    public List<Long> claimDue(Instant now, int limit) {
        List<TdbSubmission> due = em.createQuery("select t from TdbSubmission t where t.state = :pending "
                        + "and t.nextAttemptAt <= :now and (t.claimedUntil is null or t.claimedUntil < :now) "
                        + "order by t.statementId", TdbSubmission.class)
                .setParameter("pending", TdbSubmission.State.PENDING).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
        due.forEach(t -> t.claim(now.plus(LEASE)));
        return due.stream().map(TdbSubmission::getStatementId).toList();
    }

    Map<TdbSubmission.State, Long> counts() {
        Map<TdbSubmission.State, Long> out = new EnumMap<>(TdbSubmission.State.class);
        for (TdbSubmission.State s : TdbSubmission.State.values()) {
            out.put(s, 0L);
        }
        em.createQuery("select t.state, count(t) from TdbSubmission t group by t.state", Object[].class).getResultList()
                .forEach(r -> out.put((TdbSubmission.State) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    /** Statements the database refused, newest first. */
    List<TdbSubmission> failed(int limit) {
        return em.createQuery("select t from TdbSubmission t where t.state = :failed order by t.statementId desc",
                TdbSubmission.class).setParameter("failed", TdbSubmission.State.FAILED).setMaxResults(limit).getResultList();
    }

    /**
     * Settles a sent batch from the database's answer; {@code puids} are the batch's statements
     * by id, in the order they were sent.
     */
    @Transactional
    public void settle(Map<Long, String> puids, TdbClient.Answer answer, Instant now, Duration firstWait) {
        int index = 0;
        for (Map.Entry<Long, String> sent : puids.entrySet()) {
            int position = index++;
            byStatement(sent.getKey()).ifPresent(t -> {
                if (answer instanceof TdbClient.Stored stored) {
                    t.submitted(stored.uuidByPuid().get(sent.getValue()), now);
                } else if (answer instanceof TdbClient.Refused refused) {
                    if (refused.alreadyStored().contains(sent.getValue())) {
                        t.submitted(null, now); // stored by an earlier call whose answer was lost
                    } else if (refused.errorsByIndex().containsKey(position)) {
                        t.refused(refused.errorsByIndex().get(position), now);
                    } else {
                        t.notTaken(now); // the database stores all of a batch or nothing
                    }
                } else if (answer instanceof TdbClient.TryLater later) {
                    t.failedAttempt(later.reason(), now, firstWait);
                }
            });
        }
    }

    /** Puts a refused statement back in the queue; false when it is not a refused one. */
    @Transactional
    public boolean retry(long statementId, Instant now) {
        return byStatement(statementId).map(t -> t.retry(now)).orElse(false);
    }
}
