package org.notegarden.commerce.internal.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.catalog.CatalogService;
import org.notegarden.commerce.internal.catalog.Product;
import org.notegarden.commerce.internal.catalog.Sku;
import org.notegarden.platform.api.Problems;

/**
 * A person's cart. It stores only which variant, how many and the note it came from; prices
 * and stock are read from the catalog whenever the cart is shown, so it can never go stale.
 */
@ApplicationScoped
public class CartService {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    CatalogService catalog;

    @Inject
    public CartService(Clock clock, CatalogService catalog) {
        this.clock = clock;
        this.catalog = catalog;
    }

    /** For the CDI container's proxy only. */
    protected CartService() {
    }

    /** One cart row joined with its variant and product, as it is now. */
    public record Row(long skuId, int quantity, Long noteId, Sku sku, Product product) {
    }

    @Transactional
    public void put(long accountId, long skuId, Number requested, Long noteId) {
        Integer quantity = Quantities.whole(requested);
        if (quantity == null) {
            throw Problems.invalid("quantity", CommerceMessages.MUST_BE_WHOLE_NUMBER_BETWEEN_1_AND_N, Quantities.MAX);
        }
        CatalogService.Variant variant = catalog.variants(List.of(skuId)).get(skuId);
        Sku sku = variant == null ? null : variant.sku();
        Product product = variant == null ? null : variant.product();
        if (sku == null || !sku.isActive() || product.getStatus() != Product.Status.ACTIVE) {
            throw Problems.notFound("skuId", CommerceMessages.VARIANT_N_ON_SALE_DOES_NOT_EXIST, skuId);
        }
        int updated = em.createNativeQuery("UPDATE co_cart_item SET quantity = ?3, note_id = COALESCE(?4, note_id) "
                        + "WHERE account_id = ?1 AND sku_id = ?2")
                .setParameter(1, accountId).setParameter(2, skuId).setParameter(3, quantity).setParameter(4, noteId)
                .executeUpdate();
        if (updated == 0) {
            long lines = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM co_cart_item WHERE account_id = ?1")
                    .setParameter(1, accountId).getSingleResult()).longValue();
            if (lines >= 100) {
                throw Problems.invalid("skuId", CommerceMessages.CART_HOLDS_AT_MOST_100_DIFFERENT_VARIANTS);
            }
            em.createNativeQuery("INSERT INTO co_cart_item (account_id, sku_id, quantity, note_id, added_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, accountId).setParameter(2, skuId).setParameter(3, quantity).setParameter(4, noteId)
                    .setParameter(5, clock.instant()).executeUpdate();
        }
    }

    @Transactional
    public void remove(long accountId, long skuId) {
        em.createNativeQuery("DELETE FROM co_cart_item WHERE account_id = ?1 AND sku_id = ?2")
                .setParameter(1, accountId).setParameter(2, skuId).executeUpdate();
    }

    public List<Row> rows(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> raw = em.createNativeQuery("SELECT sku_id, quantity, note_id FROM co_cart_item WHERE account_id = ?1 "
                + "ORDER BY added_at DESC, sku_id").setParameter(1, accountId).getResultList();
        Map<Long, CatalogService.Variant> variants = catalog.variants(raw.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return raw.stream().map(r -> {
            long skuId = ((Number) r[0]).longValue();
            CatalogService.Variant v = variants.get(skuId);
            return new Row(skuId, ((Number) r[1]).intValue(), r[2] == null ? null : ((Number) r[2]).longValue(),
                    v.sku(), v.product());
        }).toList();
    }
}
