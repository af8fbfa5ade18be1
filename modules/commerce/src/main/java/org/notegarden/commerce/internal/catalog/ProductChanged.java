package org.notegarden.commerce.internal.catalog;

/**
 * Something a product's card shows may have changed (title, status, price, pictures, whether it is
 * in stock). Fired inside the changing transaction, so {@link ProductCards} forgets the card when
 * that commits and never when it rolls back.
 */
public record ProductChanged(long productId) {
}
