package org.notegarden.commerce.internal.shop;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Shops by id or owner: empty for one that does not exist; a product's or an order's shop always exists. */
@ApplicationScoped
public class ShopRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    private final Cache<Long, Long> owners = Caffeine.newBuilder().maximumSize(100_000).build();

    public Optional<Shop> byId(long shopId) {
        return Optional.ofNullable(em.find(Shop.class, shopId));
    }

    /**
     * Who owns the shop of an order (told when it is paid). A shop never changes hands and is never
     * deleted, so the answer is kept for good: a paid order reads no shop row for it.
     */
    public long ownerOf(long shopId) {
        return owners.get(shopId, id -> of(id).getOwnerId());
    }

    /** The shop of a product or order (shops are never deleted, so its absence is a bug, not a 404). */
    public Shop of(long shopId) {
        return byId(shopId).orElseThrow(() -> new IllegalStateException("no shop " + shopId));
    }

    void add(Shop shop) {
        em.persist(shop);
    }

    /** Writes pending changes now, so a new shop has its id before it is screened. */
    void flush() {
        em.flush();
    }

    /** A person has at most one shop. */
    Optional<Shop> byOwner(long ownerId) {
        return em.createQuery("select s from Shop s where s.ownerId = :o", Shop.class)
                .setParameter("o", ownerId).getResultStream().findFirst();
    }

    /** Shops in a state, oldest application first (the admins' queue). */
    List<Shop> byStatus(Shop.Status status, int limit) {
        return em.createQuery("select s from Shop s where s.status = :st order by s.createdAt", Shop.class)
                .setParameter("st", status).setMaxResults(limit).getResultList();
    }
}
