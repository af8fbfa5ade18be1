package org.notegarden.commerce.internal.shop;

/**
 * A shop's public face may have changed (its name, whether that name is held, whether it is
 * approved). Fired inside the changing transaction; the catalog's product cards name the shop and
 * forget themselves when it commits.
 */
public record ShopChanged(long shopId) {
}
