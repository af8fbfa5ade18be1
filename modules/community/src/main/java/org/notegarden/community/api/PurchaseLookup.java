package org.notegarden.community.api;

import java.util.Optional;

/**
 * Whether someone bought and received a variant, for modules that reward verified buyers (a
 * review note's "verified purchase" badge). Implemented by the module that owns orders.
 */
public interface PurchaseLookup {
    /**
     * The line of {@code orderId} for {@code skuId} when the order belongs to {@code buyerId} and
     * the buyer has received it (received or completed); empty otherwise, whatever the reason, so
     * a caller learns nothing about other people's orders.
     */
    Optional<Purchase> received(long buyerId, long orderId, long skuId);

    /** A received purchase: which order, variant and product. */
    record Purchase(long orderId, long skuId, long productId) {
    }
}
