package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.notegarden.commerce.internal.pricing.PriceBreakdown;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.platform.api.EnumValues;

/**
 * The host's ledger of coupon redemptions. A discount whose code is {@code coupon:<CODE>} is a
 * redemption of {@code CODE}; it is recorded with its order, in the order's transaction, and the
 * counts (per buyer and in total, in one shop, without cancelled orders) go to the promotions in
 * every later pricing request, which is how a plugin that cannot store anything enforces
 * "once per buyer" or "the first 500". The rows are also the merchant's audit of redemptions.
 */
@ApplicationScoped
public class CouponRedemptions {
    static final String PREFIX = "coupon:";

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** A redemption as the merchant's audit shows it. */
    public record Redemption(long orderId, String code, long buyerId, long amountMinor, String currency, Instant at,
                             @EnumValues(OrderState.class) String orderState) {
    }

    /**
     * Holds the shop's coupon limits for the rest of the ordering transaction: orders that use a
     * coupon in one shop are placed one after another (the shop row is locked), so two
     * simultaneous orders cannot both count a once-per-buyer coupon as unused. Orders without a
     * coupon are not held.
     */
    void holdLimits(long shopId, String couponCode) {
        if (couponCode != null && !couponCode.isBlank()) {
            em.find(Shop.class, shopId, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    PricingRequest.CouponUses uses(long shopId, String couponCode, long buyerId) {
        if (couponCode == null || couponCode.isBlank()) {
            return PricingRequest.CouponUses.NONE;
        }
        Object[] counts = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(CASE WHEN r.buyer_id = ?3 THEN 1 ELSE 0 END), 0), "
                        + "COUNT(*) FROM co_coupon_redemption r JOIN co_order o ON o.id = r.order_id "
                        + "WHERE r.shop_id = ?1 AND r.code = ?2 AND o.state <> 'CANCELLED'")
                .setParameter(1, shopId).setParameter(2, normalise(couponCode)).setParameter(3, buyerId).getSingleResult();
        return new PricingRequest.CouponUses(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }

    /** Records the coupon discounts of a freshly placed order (inside its transaction). */
    void record(Order order, PriceBreakdown price) {
        for (Adjustment a : price.discounts()) {
            if (a.code() != null && a.code().startsWith(PREFIX)) {
                em.createNativeQuery("INSERT INTO co_coupon_redemption (order_id, code, shop_id, buyer_id, amount_minor, currency, "
                                + "redeemed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, order.getId()).setParameter(2, normalise(a.code().substring(PREFIX.length())))
                        .setParameter(3, order.getShopId()).setParameter(4, order.getBuyerId())
                        .setParameter(5, -a.amount().minor()).setParameter(6, a.amount().currency())
                        .setParameter(7, order.getCreatedAt()).executeUpdate();
            }
        }
    }

    /** The shop's redemptions, newest first (at most 500). */
    public List<Redemption> ofShop(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.order_id, r.code, r.buyer_id, r.amount_minor, r.currency, r.redeemed_at, "
                        + "o.state FROM co_coupon_redemption r JOIN co_order o ON o.id = r.order_id WHERE r.shop_id = ?1 "
                        + "ORDER BY r.redeemed_at DESC, r.order_id DESC")
                .setParameter(1, shopId).setMaxResults(500).getResultList();
        return rows.stream().map(r -> new Redemption(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (String) r[4], instant(r[5]), (String) r[6])).toList();
    }

    private static Instant instant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        return v instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) v).toInstant();
    }

    private static String normalise(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.length() > 60 ? c.substring(0, 60) : c;
    }
}
