package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.community.api.ProductLookup;

/** The catalog's products on sale, offered to sibling modules through the platform's port. */
@ApplicationScoped
public class JpaProductLookup implements ProductLookup {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    MediaLookup media;

    @Inject
    public JpaProductLookup(MediaLookup media) {
        this.media = media;
    }

    /** For the CDI container's proxy only. */
    protected JpaProductLookup() {
    }

    /**
     * One statement for all of a note's products: each product's shop, lowest active price, whether
     * any active variant is in stock and first picture, worked out by the database. Loading the
     * products as entities read their variants and pictures in statements of their own (three or
     * more per note page), and a note page with a product cost three times the CPU of one without
     * (async-profiler, PostgreSQL, 2026-12-06).
     */
    @Override
    public Map<Long, ProductRef> onSale(Collection<Long> productIds) {
        Map<Long, ProductRef> out = new HashMap<>();
        if (productIds.isEmpty()) {
            return out;
        }
        var rows = em.createQuery("select p.id, s.id, s.name, s.profileHeld, p.titleEn, p.titleZh, s.currency, "
                        + "min(k.priceMinor), max(k.stock), "
                        + "(select i from Product q join q.imageMediaIds i where q.id = p.id and index(i) = 0) "
                        + "from Product p join p.skus k, Shop s "
                        + "where s.id = p.shopId and p.id in :ids and p.status = :active and s.status = :approved and k.active = true "
                        + "group by p.id, s.id, s.name, s.profileHeld, p.titleEn, p.titleZh, s.currency", Object[].class)
                .setParameter("ids", Set.copyOf(productIds)).setParameter("active", Product.Status.ACTIVE)
                .setParameter("approved", Shop.Status.APPROVED).getResultList();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            long shopId = (Long) row[1];
            Long imageId = (Long) row[9];
            String image = imageId == null ? null : media.find(imageId).map(m -> m.gridUrl() != null ? m.gridUrl() : m.url()).orElse(null);
            out.put(id, new ProductRef(id, shopId, Shop.publicName(shopId, (String) row[2], (Boolean) row[3]), (String) row[4],
                    (String) row[5], image, ((Number) row[7]).longValue(), (String) row[6], ((Number) row[8]).intValue() > 0));
        }
        return out;
    }

    @Override
    public Set<Long> productIdsOfShopOwner(long ownerAccountId) {
        return Set.copyOf(em.createQuery("select p.id from Product p, Shop s where s.id = p.shopId and s.ownerId = :o", Long.class)
                .setParameter("o", ownerAccountId).getResultList());
    }

    @Override
    public java.util.Optional<String> approvedShopNameOf(long ownerAccountId) {
        return em.createQuery("select s.name from Shop s where s.ownerId = :o and s.status = :approved", String.class)
                .setParameter("o", ownerAccountId).setParameter("approved", Shop.Status.APPROVED).getResultStream().findFirst();
    }
}
