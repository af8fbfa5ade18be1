package org.notegarden.commerce.internal.cart;

import java.math.BigDecimal;

/** How many of one variant a line may hold, shared by the cart and checkout. */
public final class Quantities {
    public static final int MAX = 99;

    private Quantities() {
    }

    /**
     * The quantity when it is a whole number from 1 to {@link #MAX}, else null. JSON has one
     * number type: 1.5 or 1e2 arrive as numbers, and binding them to an int would silently
     * truncate 1.5 to 1 and place an order the buyer did not ask for.
     */
    public static Integer whole(Number n) {
        if (n == null) {
            return null;
        }
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        if (d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(MAX)) > 0 || d.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return d.intValueExact();
    }
}
