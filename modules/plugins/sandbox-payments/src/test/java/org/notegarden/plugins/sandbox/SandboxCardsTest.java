package org.notegarden.plugins.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PaymentProvider.PaymentRequest;
import org.notegarden.storefront.spi.PaymentProvider.PaymentResult.Status;
import org.notegarden.storefront.spi.PaymentProvider.RefundRequest;

class SandboxCardsTest {
    private final SandboxCards cards = new SandboxCards(50);

    @Test
    void testCardsBehaveAsDocumented() {
        var ok = cards.charge(new PaymentRequest("o1", new Money(1000, "CNY"), SandboxCards.APPROVE, "k1"));
        assertEquals(Status.APPROVED, ok.status());
        assertEquals(ok, cards.charge(new PaymentRequest("o1", new Money(1000, "CNY"), SandboxCards.APPROVE, "k1")), "idempotent");
        assertEquals(Status.DECLINED, cards.charge(new PaymentRequest("o2", new Money(1, "CNY"), SandboxCards.DECLINE, "k2")).status());
        long t0 = System.nanoTime();
        assertEquals(Status.DECLINED, cards.charge(new PaymentRequest("o3", new Money(1, "CNY"), SandboxCards.HANG, "k3")).status());
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 50, "the timeout card is slow");
    }

    @Test
    void refundsOnlyWhatWasCharged() {
        var ok = cards.charge(new PaymentRequest("o1", new Money(1000, "CNY"), SandboxCards.APPROVE, "k1"));
        assertEquals(Status.APPROVED, cards.refund(new RefundRequest("o1", ok.reference(), new Money(600, "CNY"), "r1")).status());
        assertEquals(Status.DECLINED, cards.refund(new RefundRequest("o1", ok.reference(), new Money(600, "CNY"), "r2")).status());
        assertEquals(Status.DECLINED, cards.refund(new RefundRequest("o1", "sbx_nope", new Money(1, "CNY"), "r3")).status());
    }

    @Test
    void namesItselfInTheBuyersLanguage() {
        assertEquals("测试卡", cards.displayName(java.util.Locale.forLanguageTag("zh-CN")));
        assertEquals("测试卡", cards.displayName(java.util.Locale.forLanguageTag("zh-TW")), "the host converts the script");
        assertEquals("Test card", cards.displayName(java.util.Locale.ENGLISH));
        assertEquals("Test card", cards.displayName(java.util.Locale.GERMAN));
    }
}
