package org.notegarden.commerce.internal.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.catalog.CatalogService;
import org.notegarden.commerce.internal.catalog.Product;
import org.notegarden.commerce.internal.catalog.ProductSummary;
import org.notegarden.commerce.internal.catalog.Sku;
import org.notegarden.platform.api.Problems;

/**
 * A person's cart. It stores only which variant, how many and the note it came from; prices
 * and stock are read from the catalog whenever the cart is shown, so it can never go stale.
 */
@ApplicationScoped
public class CartService {
    CartRepository cart;
    Clock clock;
    CatalogService catalog;

    @Inject
    public CartService(CartRepository cart, Clock clock, CatalogService catalog) {
        this.cart = cart;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** For the CDI container's proxy only. */
    protected CartService() {
    }

    /** One cart row joined with its variant and product, as it is now. */
    public record Row(long skuId, int quantity, Long noteId, Sku sku, ProductSummary product) {
    }

    @Transactional
    public void put(long accountId, long skuId, Number requested, Long noteId) {
        Integer quantity = Quantities.whole(requested);
        if (quantity == null) {
            throw Problems.invalid("quantity", CommerceMessages.MUST_BE_WHOLE_NUMBER_BETWEEN_1_AND_N, Quantities.MAX);
        }
        CatalogService.Variant variant = catalog.variants(List.of(skuId)).get(skuId);
        Sku sku = variant == null ? null : variant.sku();
        ProductSummary product = variant == null ? null : variant.product();
        if (sku == null || !sku.isActive() || product.status() != Product.Status.ACTIVE) {
            throw Problems.notFound("skuId", CommerceMessages.VARIANT_N_ON_SALE_DOES_NOT_EXIST, skuId);
        }
        if (!cart.changeQuantity(accountId, skuId, quantity, noteId)) {
            if (cart.lineCount(accountId) >= 100) {
                throw Problems.invalid("skuId", CommerceMessages.CART_HOLDS_AT_MOST_100_DIFFERENT_VARIANTS);
            }
            cart.add(accountId, skuId, quantity, noteId, clock.instant());
        }
    }

    @Transactional
    public void remove(long accountId, long skuId) {
        cart.remove(accountId, skuId);
    }

    /** What was bought leaves the cart, in the transaction that placed the order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bought(long accountId, Collection<Long> skuIds) {
        cart.removeAll(accountId, skuIds);
    }

    public List<Row> rows(long accountId) {
        List<CartRepository.Line> lines = cart.lines(accountId);
        Map<Long, CatalogService.Variant> variants = catalog.variants(lines.stream().map(CartRepository.Line::skuId).toList());
        return lines.stream().map(l -> {
            CatalogService.Variant v = variants.get(l.skuId());
            return new Row(l.skuId(), l.quantity(), l.noteId(), v.sku(), v.product());
        }).toList();
    }
}
