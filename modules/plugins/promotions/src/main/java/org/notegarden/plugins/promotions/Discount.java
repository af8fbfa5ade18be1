package org.notegarden.plugins.promotions;

import org.notegarden.storefront.spi.Money;

/** A percentage ({@code 10%}) or a fixed amount in minor units ({@code 2000}), never more than the base. */
record Discount(long basisPoints, long fixedMinor) {
    static Discount parse(String text) {
        String t = text.trim();
        if (t.endsWith("%")) {
            return new Discount(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 100), 0);
        }
        return new Discount(0, Long.parseLong(t));
    }

    Money of(Money base) {
        Money off = basisPoints > 0 ? base.percent(basisPoints) : new Money(fixedMinor, base.currency());
        return off.minor() > base.minor() ? base : off;
    }
}
