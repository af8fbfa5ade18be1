package org.notegarden.community.api;

import java.time.Instant;
import java.util.List;

/**
 * Sales attributed to notes (a buyer reached the product from the note), announced by the
 * module that owns orders once a payment or a refund has committed, for the module that owns
 * notes to count in its creators' and brands' figures. A refund repeats the sale with negative
 * units and amount. Fired synchronously; observers keep it in memory only.
 */
public record NoteSales(List<Sale> sales, Instant at) {
    public NoteSales {
        sales = List.copyOf(sales);
    }

    /** Units and revenue (minor units of {@code currency}, at the order's unit prices) for one note. */
    public record Sale(long noteId, long units, long amountMinor, String currency) {
    }
}
