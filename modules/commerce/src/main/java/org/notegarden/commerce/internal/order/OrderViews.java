package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.notegarden.commerce.internal.pricing.PriceView;
import org.notegarden.commerce.internal.shop.ShopRepository;
import org.notegarden.platform.api.EnumValues;

/**
 * How an order appears in the API, with the price breakdown the buyer saw at checkout and the
 * address it ships to (only ever shown to the buyer and the shop's owner, who both need it).
 */
@ApplicationScoped
public class OrderViews {
    ShopRepository shopRepository;

    @Inject
    public OrderViews(ShopRepository shopRepository) {
        this.shopRepository = shopRepository;
    }

    /** For the CDI container's proxy only. */
    protected OrderViews() {
    }

    public record LineView(long skuId, long productId, String title, String options, int quantity, PriceView unitPrice,
                           Long noteId) {
    }

    public record OrderView(long id, long shopId, String shopName, @EnumValues(OrderState.class) String state, List<LineView> lines,
                            BreakdownView breakdown, PriceView total, String failureReason, String carrier,
                            String trackingNumber, String refundReason, Instant createdAt, Instant payBefore,
                            CheckoutRules.ShipTo shipTo) {
    }

    public LineView line(OrderLine l, String currency) {
        return new LineView(l.getSkuId(), l.getProductId(), l.getTitle(), l.getOptions(), l.getQuantity(),
                new PriceView(l.getUnitPriceMinor(), currency), l.getNoteId());
    }

    public OrderView view(Order o) {
        return view(o, shopRepository.of(o.getShopId()).getPublicName());
    }

    /** The order as {@link #view(Order)} shows it, when its shop's public name is already known. */
    public OrderView view(Order o, String shopName) {
        List<LineView> lines = o.getLines().stream().map(l -> line(l, o.getCurrency())).toList();
        return new OrderView(o.getId(), o.getShopId(), shopName, o.getState().name(), lines,
                BreakdownView.of(o.getBreakdown()),
                new PriceView(o.getTotalMinor(), o.getCurrency()), o.getFailureReason(), o.getCarrier(),
                o.getTrackingNumber(), o.getRefundReason(), o.getCreatedAt(),
                o.getState() == OrderState.PLACED ? o.getExpiresAt() : null, o.getShipTo());
    }
}
