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
 */
public record CartLine(String sku, String productId, String title, String category, int quantity, Money unitPrice) {
    public CartLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
