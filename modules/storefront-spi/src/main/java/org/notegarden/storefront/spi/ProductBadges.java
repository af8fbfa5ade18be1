package org.notegarden.storefront.spi;

import java.util.List;

/** Small labels on product cards ("Free shipping", "Eco"), decided per product. */
public interface ProductBadges {
    String id();

    List<Badge> badges(ProductInfo product);

    /** What a badge provider may know about a product. */
    record ProductInfo(String productId, String shopId, String category, Money price) {
    }

    /** A badge: a stable code and a label in the buyer's language. */
    record Badge(String code, String label) {
    }
}
