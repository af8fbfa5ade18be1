package org.notegarden.plugins.promotions;

import java.time.Instant;
import java.util.List;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.Promotion;

/** A sale between two instants (start inclusive, end exclusive), judged at the request's time. */
final class TimedSale implements Promotion {
    private final Instant from;
    private final Instant until;
    private final Discount discount;

    private TimedSale(Instant from, Instant until, Discount discount) {
        this.from = from;
        this.until = until;
        this.discount = discount;
    }

    /** {@code 2026-11-11T00:00:00Z/2026-11-12T00:00:00Z:15%} */
    static TimedSale parse(String spec) {
        int slash = spec.indexOf('/');
        int lastColon = spec.lastIndexOf(':');
        return new TimedSale(Instant.parse(spec.substring(0, slash).trim()),
                Instant.parse(spec.substring(slash + 1, lastColon).trim()), Discount.parse(spec.substring(lastColon + 1)));
    }

    @Override
    public String id() {
        return "sale";
    }

    boolean runsAt(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }

    @Override
    public List<Adjustment> apply(PricingRequest request, Money subtotal) {
        if (!runsAt(request.at())) {
            return List.of();
        }
        return List.of(new Adjustment("sale", "Sale", discount.of(subtotal).negate()));
    }
}
