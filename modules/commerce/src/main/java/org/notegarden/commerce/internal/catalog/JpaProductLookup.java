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

    @Override
    public Map<Long, ProductRef> onSale(Collection<Long> productIds) {
        Map<Long, ProductRef> out = new HashMap<>();
        if (productIds.isEmpty()) {
            return out;
        }
        // One query for products with their shops; variants and images are EAGER collections.
        var rows = em.createQuery("select p, s from Product p, Shop s where s.id = p.shopId and p.id in :ids"
                        + " and p.status = :active and s.status = :approved", Object[].class)
                .setParameter("ids", Set.copyOf(productIds)).setParameter("active", Product.Status.ACTIVE)
                .setParameter("approved", Shop.Status.APPROVED).getResultList();
        for (Object[] row : rows) {
            Product p = (Product) row[0];
            Shop s = (Shop) row[1];
            var active = p.getSkus().stream().filter(Sku::isActive).toList();
            if (active.isEmpty()) {
                continue;
            }
            long from = active.stream().mapToLong(Sku::getPriceMinor).min().getAsLong();
            boolean inStock = active.stream().anyMatch(k -> k.getStock() > 0);
            String image = p.getImageMediaIds().isEmpty() ? null : media.find(p.getImageMediaIds().get(0))
                    .map(m -> m.gridUrl() != null ? m.gridUrl() : m.url()).orElse(null);
            out.put(p.getId(), new ProductRef(p.getId(), s.getId(), s.getPublicName(), p.getTitleEn(), p.getTitleZh(), image,
                    from, s.getCurrency(), inStock));
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
