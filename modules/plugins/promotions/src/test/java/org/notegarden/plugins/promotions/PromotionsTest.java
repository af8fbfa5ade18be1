package org.notegarden.plugins.promotions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PricingRequest;

class PromotionsTest {
    private static PricingRequest request(String coupon, Instant at) {
        return new PricingRequest("s", "CNY", List.of(), new Address("CN", "", "", ""), coupon, at);
    }

    @Test
    void couponsPercentOrFixedNeverBelowZero() {
        Coupons c = Coupons.parse("WELCOME10:10%,BIG:99999");
        assertEquals(-2000, c.apply(request("welcome10", Instant.EPOCH), new Money(20000, "CNY")).get(0).amount().minor());
        assertEquals(-500, c.apply(request("BIG", Instant.EPOCH), new Money(500, "CNY")).get(0).amount().minor());
        assertTrue(c.apply(request("NOPE", Instant.EPOCH), new Money(500, "CNY")).isEmpty());
        assertTrue(c.apply(request(null, Instant.EPOCH), new Money(500, "CNY")).isEmpty());
    }

    private static PricingRequest used(String coupon, Instant at, int byBuyer, int total) {
        return new PricingRequest("s", "CNY", List.of(), new Address("CN", "", "", ""), coupon, at, "en", "CN",
                new PricingRequest.CouponUses(byBuyer, total));
    }

    @Test
    void couponsKeepTheirLimitsAndWindows() {
        Coupons c = Coupons.parse("WELCOME10:10%;per-buyer=1,VIP:1000;per-buyer=3;total=2;"
                + "from=2026-11-11T00:00:00Z;until=2026-11-12T00:00:00Z");
        Money subtotal = new Money(20000, "CNY");
        assertEquals(1, c.apply(used("welcome10", Instant.EPOCH, 0, 500), subtotal).size(), "a first redemption");
        assertTrue(c.apply(used("welcome10", Instant.EPOCH, 1, 501), subtotal).isEmpty(), "once per buyer");
        Instant during = Instant.parse("2026-11-11T12:00:00Z");
        assertEquals(1, c.apply(used("VIP", during, 2, 1), subtotal).size());
        assertTrue(c.apply(used("VIP", during, 0, 2), subtotal).isEmpty(), "the total is spent");
        assertTrue(c.apply(used("VIP", Instant.parse("2026-11-12T00:00:00Z"), 0, 0), subtotal).isEmpty(), "the window closed");
        assertTrue(c.apply(used("VIP", Instant.parse("2026-11-10T23:59:59Z"), 0, 0), subtotal).isEmpty(), "not open yet");
        assertEquals("coupon:VIP", c.apply(used("vip", during, 0, 0), subtotal).get(0).code(), "the host records it by this code");
    }

    @Test
    void spendAndSaveTakesTheHighestTierReached() {
        SpendAndSave s = SpendAndSave.parse(SpendAndSave.DEFAULT);
        assertTrue(s.apply(request(null, Instant.EPOCH), new Money(19899, "CNY")).isEmpty());
        assertEquals(-2000, s.apply(request(null, Instant.EPOCH), new Money(19900, "CNY")).get(0).amount().minor());
        assertEquals(-4000, s.apply(request(null, Instant.EPOCH), new Money(50000, "CNY")).get(0).amount().minor());
    }

    @Test
    void saleOnlyInsideItsWindow() {
        TimedSale sale = TimedSale.parse("2026-11-11T00:00:00Z/2026-11-12T00:00:00Z:15%");
        Money base = new Money(10000, "CNY");
        assertEquals(-1500, sale.apply(request(null, Instant.parse("2026-11-11T10:00:00Z")), base).get(0).amount().minor());
        assertTrue(sale.apply(request(null, Instant.parse("2026-11-12T00:00:00Z")), base).isEmpty());
        assertTrue(sale.apply(request(null, Instant.parse("2026-11-10T23:59:59Z")), base).isEmpty());
    }

    @Test
    void badgesAdvertiseTheEntryTierInTheBuyersLanguageAndARunningSale() {
        var info = new org.notegarden.storefront.spi.ProductBadges.ProductInfo("1", "2", "food", new Money(5800, "CNY"));
        TimedSale sale = TimedSale.parse("2026-11-11T00:00:00Z/2026-11-12T00:00:00Z:15%");
        var during = java.time.Clock.fixed(Instant.parse("2026-11-11T08:00:00Z"), java.time.ZoneOffset.UTC);
        var badges = new PromotionBadges(SpendAndSave.parse(SpendAndSave.DEFAULT), sale, during);
        assertEquals(List.of("满199减20", "限时特惠"),
                badges.badges(info, java.util.Locale.SIMPLIFIED_CHINESE).stream().map(b -> b.label()).toList());
        assertEquals(List.of("Spend 199, save 20", "Sale"),
                badges.badges(info, java.util.Locale.ENGLISH).stream().map(b -> b.label()).toList());
        var after = java.time.Clock.fixed(Instant.parse("2026-11-13T08:00:00Z"), java.time.ZoneOffset.UTC);
        assertEquals(List.of("spend-save"), new PromotionBadges(SpendAndSave.parse(SpendAndSave.DEFAULT), sale, after)
                .badges(info, java.util.Locale.ENGLISH).stream().map(b -> b.code()).toList());
    }

    @Test
    void labelsFollowTheBuyersLanguage() {
        Money subtotal = new Money(22800, "CNY");
        PricingRequest zh = new PricingRequest("s", "CNY", List.of(), new Address("CN", "", "", ""), "welcome10", Instant.EPOCH,
                "zh-CN", "CN", PricingRequest.CouponUses.NONE);
        assertEquals("优惠券 WELCOME10", Coupons.parse("WELCOME10:10%").apply(zh, subtotal).get(0).label());
        assertEquals("满199减20", SpendAndSave.parse(SpendAndSave.DEFAULT).apply(zh, subtotal).get(0).label());
        assertEquals("Coupon WELCOME10", Coupons.parse("WELCOME10:10%").apply(used("welcome10", Instant.EPOCH, 0, 0), subtotal)
                .get(0).label());
        assertEquals("Spend 199, save 20", SpendAndSave.parse(SpendAndSave.DEFAULT).apply(used(null, Instant.EPOCH, 0, 0), subtotal)
                .get(0).label());
    }
}
