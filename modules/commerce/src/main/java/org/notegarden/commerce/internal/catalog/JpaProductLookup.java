package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
     * (async-profiler, PostgreSQL, 2026-12-06). Written in SQL: Hibernate translates a query with a
     * list parameter ({@code in :ids}) from HQL again on every call, which was half of this
     * statement's cost in the server when written in HQL.
     */
    @Override
    public Map<Long, ProductRef> onSale(Collection<Long> productIds) {
        Map<Long, ProductRef> out = new HashMap<>();
        if (productIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ON_SALE).setParameter("ids", Set.copyOf(productIds))
                .setParameter("active", Product.Status.ACTIVE.name()).setParameter("approved", Shop.Status.APPROVED.name())
                .getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            long shopId = ((Number) row[1]).longValue();
            Number imageId = (Number) row[9];
            String image = imageId == null ? null
                    : media.find(imageId.longValue()).map(m -> m.gridUrl() != null ? m.gridUrl() : m.url()).orElse(null);
            out.put(id, new ProductRef(id, shopId, Shop.publicName(shopId, (String) row[2], (Boolean) row[3]), (String) row[4],
                    (String) row[5], image, ((Number) row[7]).longValue(), (String) row[6], ((Number) row[8]).intValue() > 0));
        }
        return out;
    }

    private static final String ON_SALE = "SELECT p.id, s.id AS shop_id, s.name, s.profile_held, p.title_en, p.title_zh, s.currency, "
            + "MIN(k.price_minor) AS price_from, MAX(k.stock) AS most_stock, "
            + "(SELECT i.media_id FROM co_product_image i WHERE i.product_id = p.id ORDER BY i.position FETCH FIRST 1 ROW ONLY) AS image "
            + "FROM co_product p JOIN co_shop s ON s.id = p.shop_id JOIN co_sku k ON k.product_id = p.id AND k.active = TRUE "
            + "WHERE p.id IN (:ids) AND p.status = :active AND s.status = :approved "
            + "GROUP BY p.id, s.id, s.name, s.profile_held, p.title_en, p.title_zh, s.currency";

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
