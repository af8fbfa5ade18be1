package org.notegarden.community.api;

import java.util.Collection;
import java.util.Map;

/**
 * Products on sale by id, for modules that show products they do not own (product cards in a
 * note). Implemented by the module that owns the catalog; drafts, archived products and
 * products of shops that are not approved are absent from the answer, so a tag on a product
 * that went off sale simply stops showing.
 */
public interface ProductLookup {
    Map<Long, ProductRef> onSale(Collection<Long> productIds);

    /** The name of the approved shop {@code ownerAccountId} runs (how a brand is named on sponsored notes). */
    java.util.Optional<String> approvedShopNameOf(long ownerAccountId);

    /** Every product (any status) of the shop {@code ownerAccountId} runs; empty for people without a shop. */
    java.util.Set<Long> productIdsOfShopOwner(long ownerAccountId);

    /**
     * What another module may know about a product on sale: titles in English and Chinese
     * (either may be null), its first image, the lowest variant price and whether any variant
     * is in stock.
     */
    record ProductRef(long id, long shopId, String shopName, String titleEn, String titleZh, String imageUrl,
                      long priceFromMinor, String currency, boolean inStock) {
    }
}
