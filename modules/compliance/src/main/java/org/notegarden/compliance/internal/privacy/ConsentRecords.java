package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The append-only consent history: records are added, never changed. */
@ApplicationScoped
class ConsentRecords {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    void add(ConsentRecord record) {
        em.persist(record);
    }

    /** An account's consent records, newest first. */
    List<ConsentRecord> of(long accountId) {
        return em.createQuery("select c from ConsentRecord c where c.accountId = :a order by c.id desc", ConsentRecord.class)
                .setParameter("a", accountId).getResultList();
    }
}
