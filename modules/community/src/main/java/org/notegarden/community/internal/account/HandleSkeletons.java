package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Fills in the look-alike skeleton of handles created before it was recorded (migration V15),
 * once, at start-up, in batches of its own transactions; new accounts get theirs when created.
 */
@ApplicationScoped
public class HandleSkeletons {
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    HandleSkeletons self;

    @Inject
    public HandleSkeletons(HandleSkeletons self) {
        this.self = self;
    }

    /** For the CDI container's proxy only. */
    protected HandleSkeletons() {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        while (self.fillBatch() == BATCH) {
            // next batch
        }
    }

    /** Fills one batch; returns how many rows it filled. */
    @Transactional
    public int fillBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, handle FROM cm_account WHERE handle_skeleton IS NULL")
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery("UPDATE cm_account SET handle_skeleton = ?1 WHERE id = ?2")
                    .setParameter(1, HandleSkeleton.of((String) row[1])).setParameter(2, ((Number) row[0]).longValue())
                    .executeUpdate();
        }
        return rows.size();
    }
}
