package org.notegarden.commerce.internal.order;

import java.time.Instant;
import java.util.List;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;

/** A page of order views from {@code limit + 1} fetched orders; the cursor is the last order shown. */
final class OrderPages {
    private OrderPages() {
    }

    static Page<OrderViews.OrderView> page(List<Order> fetched, int limit, OrderViews views) {
        boolean more = fetched.size() > limit;
        List<Order> shown = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(shown.stream().map(views::view).toList(),
                more ? new Cursor(Instant.EPOCH, shown.get(shown.size() - 1).getId()).encode() : null);
    }
}
