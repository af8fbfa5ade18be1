package org.notegarden.commerce.internal.catalog;

/**
 * What a cart line and a checkout line need of a variant's product, read in the same statement
 * as the variant. Not the entity: loading a product loads its pictures and its variant list too,
 * and the list would read the variant being bought a second time (on PostgreSQL each read of a
 * popular variant's row walks the row versions its buyers leave behind).
 */
public record ProductSummary(long id, long shopId, Product.Status status, boolean heldForReview, String titleEn, String titleZh,
                             String category) {
}
