package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopSummary;
import org.notegarden.platform.api.Cursor;

/** Products and their variants by id (empty for an id that does not exist), and a shop's listings. */
@ApplicationScoped
public class ProductRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Product> byId(long productId) {
        return Optional.ofNullable(em.find(Product.class, productId));
    }

    void add(Product product) {
        em.persist(product);
    }

    /** Writes pending changes now, so a new product has its id before it is screened. */
    void flush() {
        em.flush();
    }

    /**
     * Sets a variant's stock in one statement that bumps its version (so a checkout holding the
     * old version notices), then reloads the product to show it.
     */
    void setStock(Product product, long skuId, int stock) {
        em.createQuery("update Sku s set s.stock = :n, s.version = s.version + 1 where s.id = :id")
                .setParameter("n", stock).setParameter("id", skuId).executeUpdate();
        em.refresh(product);
    }

    /** A shop's products, newest first; only active ones unless {@code withInactive}. */
    List<Product> ofShop(long shopId, boolean withInactive, Cursor after, int limit) {
        var query = em.createQuery("select p from Product p where p.shopId = :s and p.id < :after"
                        + (withInactive ? "" : " and p.status = :active") + " order by p.id desc", Product.class)
                .setParameter("s", shopId).setParameter("after", after == null ? Long.MAX_VALUE : after.id());
        if (!withInactive) {
            query.setParameter("active", Product.Status.ACTIVE);
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    Map<Long, Product> byIds(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Product p where p.id in :ids", Product.class)
                .setParameter("ids", Set.copyOf(productIds)).getResultStream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
    }

    private static final String VARIANTS = "select s, p.id, p.shopId, p.status, p.heldForReview, p.titleEn, p.titleZh, p.category, "
            + "sh.ownerId, sh.status, sh.currency, sh.name, sh.profileHeld "
            + "from Sku s join s.product p join Shop sh on sh.id = p.shopId where s.id ";

    /**
     * Variants with what is needed of their products and shops, in one statement, keyed by SKU id;
     * unknown ids are absent. One variant, as adding to a cart and most checkouts ask for, is
     * looked up with {@code = :id}: Hibernate keeps the SQL of that query, while one with a list
     * parameter ({@code in :ids}) is translated from HQL again on every call.
     */
    Map<Long, CatalogService.Variant> variants(Collection<Long> skuIds) {
        Map<Long, CatalogService.Variant> out = new HashMap<>();
        Set<Long> ids = Set.copyOf(skuIds);
        if (ids.isEmpty()) {
            return out;
        }
        var query = ids.size() == 1
                ? em.createQuery(VARIANTS + "= :id", Object[].class).setParameter("id", ids.iterator().next())
                : em.createQuery(VARIANTS + "in :ids", Object[].class).setParameter("ids", ids);
        query.getResultList()
                .forEach(r -> out.put(((Sku) r[0]).getId(), new CatalogService.Variant((Sku) r[0],
                        new ProductSummary((Long) r[1], (Long) r[2], (Product.Status) r[3], (Boolean) r[4], (String) r[5],
                                (String) r[6], (String) r[7]),
                        ShopSummary.of((Long) r[2], (Long) r[8], (Shop.Status) r[9], (String) r[10], (String) r[11],
                                (Boolean) r[12]))));
        return out;
    }
}
