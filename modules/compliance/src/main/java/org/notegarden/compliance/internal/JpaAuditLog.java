package org.notegarden.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.api.AuditVerification;

/** The audit log in the compliance tables; appends serialise on the head row. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {
    private static final int VERIFY_BATCH = 500;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    Clock clock;

    @Inject
    public JpaAuditLog(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected JpaAuditLog() {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, String target, String detail) {
        AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        // Millisecond precision: what every database keeps, so the hash can be recomputed.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(head.lastSeq + 1, now, actorId, action, target,
                truncate(detail, 500), head.lastHash);
        em.persist(entry);
        head.lastSeq = entry.seq;
        head.lastHash = entry.hash;
    }

    @Override
    @Transactional
    public AuditVerification verify() {
        String prev = "0".repeat(64);
        long checked = 0;
        long afterSeq = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                            "select e from AuditEntry e where e.seq > :after order by e.seq", AuditEntry.class)
                    .setParameter("after", afterSeq).setMaxResults(VERIFY_BATCH).getResultList();
            if (batch.isEmpty()) {
                // The head remembers the last entry appended: entries deleted from the end show up here.
                AuditHead head = em.find(AuditHead.class, 1);
                if (head != null && (head.lastSeq != afterSeq || !head.lastHash.equals(prev))) {
                    return new AuditVerification(false, checked, afterSeq + 1);
                }
                return new AuditVerification(true, checked, null);
            }
            for (AuditEntry e : batch) {
                if (!e.prevHash.equals(prev) || !AuditHashing.hash(e).equals(e.hash)) {
                    return new AuditVerification(false, checked, e.seq);
                }
                prev = e.hash;
                checked++;
                afterSeq = e.seq;
            }
            em.clear();
        }
    }

    /** Newest first, for the admin view. */
    @Transactional
    public List<AuditEntry> latest(int limit) {
        return em.createQuery("select e from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setMaxResults(limit).getResultList();
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
