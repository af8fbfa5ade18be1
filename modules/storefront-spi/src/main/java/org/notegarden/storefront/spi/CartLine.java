package org.notegarden.storefront.spi;

import java.util.Objects;

/**
 * One line of a cart as the host priced it from its own catalog (never from a client).
 *
 * @param sku       the stock-keeping unit
 * @param productId the product the SKU belongs to
 * @param title     the product title, for labels
 * @param category  the product's category code, e.g. {@code beauty}
 * @param quantity  at least 1
 * @param unitPrice the price of one unit
 * @param options   the chosen options, e.g. {@code size=M} (since 1.2; empty from older hosts)
 * @param weightGrams the shipping weight of one unit in grams, 0 when the merchant gave none (since 1.2)
 */
public record CartLine(String sku, String productId, String title, String category, int quantity, Money unitPrice,
                       java.util.Map<String, String> options, int weightGrams) {
    public CartLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
        if (weightGrams < 0) {
            throw new IllegalArgumentException("weight must not be negative");
        }
    }

    /** The 1.0/1.1 shape, kept so plugins built against it still link. */
    public CartLine(String sku, String productId, String title, String category, int quantity, Money unitPrice) {
        this(sku, productId, title, category, quantity, unitPrice, java.util.Map.of(), 0);
    }

    /** The weight of the whole line in grams (0 when unknown). */
    public int totalWeightGrams() {
        return weightGrams * quantity;
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
