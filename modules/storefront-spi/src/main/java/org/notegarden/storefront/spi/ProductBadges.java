package org.notegarden.storefront.spi;

import java.util.List;
import java.util.Locale;

/**
 * Small labels on product cards ("Free shipping", "Eco"), decided per product. Implement either
 * method; the host calls the one with the buyer's locale.
 */
public interface ProductBadges {
    String id();

    /** Badges without knowing the buyer's language; none unless overridden. */
    default List<Badge> badges(ProductInfo product) {
        return List.of();
    }

    /**
     * Badges with labels in the buyer's language ({@code zh} or {@code en} today).
     *
     * @since 1.1
     */
    default List<Badge> badges(ProductInfo product, Locale locale) {
        return badges(product);
    }

    /** What a badge provider may know about a product. */
    record ProductInfo(String productId, String shopId, String category, Money price) {
    }

    /** A badge: a stable code and a label in the buyer's language. */
    record Badge(String code, String label) {
    }
}
