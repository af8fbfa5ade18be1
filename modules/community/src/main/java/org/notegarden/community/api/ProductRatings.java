package org.notegarden.community.api;

import java.util.Collection;
import java.util.Map;

/**
 * Products' ratings from verified review notes (the writer received the item), counted only
 * while those notes are published: what the storefront shows on product pages and cards.
 */
public interface ProductRatings {
    /** Ratings of the products that have any; products without a rated review are absent. */
    Map<Long, Rating> of(Collection<Long> productIds);

    /** The mean of the stars (1-5, one decimal) and how many reviews gave them. */
    record Rating(double average, int count) {
    }
}
