package org.notegarden.commerce.internal.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The address book's queries: one person's addresses, the default first, then the newest. */
@ApplicationScoped
public class AddressRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    List<SavedAddress> of(long ownerId) {
        return em.createQuery("select a from SavedAddress a where a.ownerId = :o order by a.isDefault desc, a.id desc",
                SavedAddress.class).setParameter("o", ownerId).getResultList();
    }

    /** One of the owner's addresses; others' addresses are not there for them. */
    Optional<SavedAddress> ofOwner(long ownerId, long id) {
        return Optional.ofNullable(em.find(SavedAddress.class, id)).filter(a -> a.getOwnerId() == ownerId);
    }

    void add(SavedAddress a) {
        em.persist(a);
    }

    void remove(SavedAddress a) {
        em.remove(a);
    }
}
