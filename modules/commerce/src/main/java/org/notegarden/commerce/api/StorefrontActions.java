package org.notegarden.commerce.api;

import java.util.List;
import java.util.Map;

/**
 * What a merchant does in the storefront, for code that acts on people's behalf outside a
 * request (the demo seeder, imports). Every call goes through the same services and rules as
 * the REST API; each is one transaction.
 */
public interface StorefrontActions {
    /** Whether {@code ownerId} already runs a shop (in any state). */
    boolean hasShop(long ownerId);

    /**
     * Opens a shop for {@code ownerId} and approves it as the system (audited so, with
     * {@code reason}), which makes its owner a merchant; returns the shop's id.
     */
    long openApprovedShop(long ownerId, ShopPlan plan, String reason);

    /**
     * A shop's public and legal details, checked as the shop application form checks them;
     * {@code country} is where it ships from (ISO 3166 alpha-2, may be null).
     */
    record ShopPlan(String name, String description, String currency, String legalName, String address,
                    String contactEmail, String contactPhone, String registrationNumber, String country) {
    }

    /** Puts a product on sale in the shop {@code ownerId} runs; returns the product's id. */
    long putOnSale(long ownerId, ProductPlan product);

    /** A product with its images (media the owner uploaded) and variants; either title may be null. */
    record ProductPlan(String titleEn, String titleZh, String descriptionEn, String descriptionZh, String category,
                       List<Long> imageMediaIds, List<VariantPlan> variants) {
    }

    /** A variant: its code, options (size, colour…), price in minor units and stock. */
    record VariantPlan(String code, Map<String, String> options, long priceMinor, int stock) {
    }
}
