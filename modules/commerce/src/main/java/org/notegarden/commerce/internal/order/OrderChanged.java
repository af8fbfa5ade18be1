package org.notegarden.commerce.internal.order;

import java.time.Instant;
import java.util.Set;
import org.notegarden.community.api.NoteSales;

/**
 * An order reached a new state; fired inside the transaction (see {@link OrderAnnouncer}), acted
 * on once it has committed. Carries the plugins the shop has switched off, read in that
 * transaction, so whoever acts later needs no database; and the sales it adds to (payment) or
 * takes from (refund) the notes buyers came from.
 */
public record OrderChanged(long orderId, long shopId, OrderState state, String currency, long totalMinor, Instant at,
                           Set<String> pluginsOff, java.util.List<NoteSales.Sale> noteSales) {
    public OrderChanged {
        pluginsOff = Set.copyOf(pluginsOff);
        noteSales = java.util.List.copyOf(noteSales);
    }
}
