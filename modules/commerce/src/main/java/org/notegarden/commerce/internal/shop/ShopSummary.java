package org.notegarden.commerce.internal.shop;

/**
 * What a checkout needs of the shop it buys from, read in the same statement as the variants
 * (so placing an order reads no shop row of its own): whether it sells, who owns it, its
 * currency, and the name buyers see.
 */
public record ShopSummary(long id, long ownerId, Shop.Status status, String currency, String publicName) {
    /** From the columns as stored: a held profile shows a neutral name, as {@link Shop#getPublicName()} does. */
    public static ShopSummary of(long id, long ownerId, Shop.Status status, String currency, String name, boolean profileHeld) {
        return new ShopSummary(id, ownerId, status, currency, Shop.publicName(id, name, profileHeld));
    }
}
