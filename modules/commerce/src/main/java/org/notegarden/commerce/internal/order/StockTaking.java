package org.notegarden.commerce.internal.order;

/**
 * The statement that takes units from a variant and returns the stock left, in one round trip,
 * for the databases the app runs on. Parameters: 1 the quantity, 2 the variant's id, 3 the
 * quantity again. No row comes back when fewer units are left than asked for. SQL has no
 * portable form of this, so another database gets {@code sql} null and {@link Stock} updates and
 * then reads, as before.
 */
record StockTaking(String sql) {
    private static final String UPDATE = "UPDATE co_sku SET stock = stock - ?1, version = version + 1 WHERE id = ?2 AND stock >= ?3";

    static StockTaking forDatabase(String productName) {
        return switch (productName) {
            // H2 has no RETURNING; a data change delta table reads the rows as the update left them.
            case "H2" -> new StockTaking("SELECT stock FROM FINAL TABLE (" + UPDATE + ")");
            case "PostgreSQL" -> new StockTaking(UPDATE + " RETURNING stock");
            default -> new StockTaking(null);
        };
    }
}
