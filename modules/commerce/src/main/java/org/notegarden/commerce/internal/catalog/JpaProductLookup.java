package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopChanged;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.community.api.ProductLookup;
import org.notegarden.platform.api.ReadTogether;

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
     * statement's cost in the server when written in HQL. Note pages asked for at the same moment
     * share the statement ({@link ReadTogether}), and the cards are kept for a second
     * ({@link ProductCards}): a popular note's product is asked for by every reader.
     */
    @Override
    public Map<Long, ProductRef> onSale(Collection<Long> productIds) {
        return cards.onSale(productIds, together::getAll);
    }

    private final ReadTogether<Long, ProductRef> together = new ReadTogether<>(2, 256, this::readOnSale);
    private final ProductCards cards = new ProductCards();

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductChanged change) {
        cards.forget(change.productId());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShopChanged change) {
        cards.forgetAll();
    }

    private Map<Long, ProductRef> readOnSale(Set<Long> productIds) {
        Map<Long, ProductRef> out = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            Array ids = c.createArrayOf("bigint", productIds.toArray(new Long[0]));
            try (PreparedStatement select = c.prepareStatement(ON_SALE)) {
                select.setArray(1, ids);
                select.setString(2, Product.Status.ACTIVE.name());
                select.setString(3, Shop.Status.APPROVED.name());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ProductRef ref = ref(rs);
                        out.put(ref.id(), ref);
                    }
                }
            } finally {
                ids.free();
            }
        });
        return out;
    }

    private ProductRef ref(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        long shopId = rs.getLong(2);
        long imageId = rs.getLong(10);
        String image = rs.wasNull() ? null
                : media.find(imageId).map(m -> m.gridUrl() != null ? m.gridUrl() : m.url()).orElse(null);
        return new ProductRef(id, shopId, Shop.publicName(shopId, rs.getString(3), rs.getBoolean(4)), rs.getString(5),
                rs.getString(6), image, rs.getLong(8), rs.getString(7), rs.getInt(9) > 0);
    }

    /** The ids are one array parameter, so the statement is the same text, and keeps its plan, however many are asked. */
    private static final String ON_SALE = "SELECT p.id, s.id AS shop_id, s.name, s.profile_held, p.title_en, p.title_zh, s.currency, "
            + "MIN(k.price_minor) AS price_from, MAX(k.stock) AS most_stock, "
            + "(SELECT i.media_id FROM co_product_image i WHERE i.product_id = p.id ORDER BY i.position FETCH FIRST 1 ROW ONLY) AS image "
            + "FROM co_product p JOIN co_shop s ON s.id = p.shop_id JOIN co_sku k ON k.product_id = p.id AND k.active = TRUE "
            + "WHERE p.id = ANY(?) AND p.status = ? AND s.status = ? "
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
