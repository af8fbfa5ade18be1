package org.notegarden.community.internal.collab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Brand collaborations by id and by party; empty for an unknown id. */
@ApplicationScoped
class CollabRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    Optional<Collab> byId(long collabId) {
        return Optional.ofNullable(em.find(Collab.class, collabId));
    }

    /** The collaboration, locked until the transaction ends, so that it is decided only once. */
    Optional<Collab> byIdForUpdate(long collabId) {
        return Optional.ofNullable(em.find(Collab.class, collabId, LockModeType.PESSIMISTIC_WRITE));
    }

    void add(Collab collab) {
        em.persist(collab);
    }

    /** The collaborations an account takes part in, as brand or creator, newest first. */
    List<Collab> withParty(long accountId) {
        return em.createQuery("select c from Collab c where c.brandAccountId = :a or c.creatorId = :a order by c.id desc",
                Collab.class).setParameter("a", accountId).setMaxResults(200).getResultList();
    }
}
