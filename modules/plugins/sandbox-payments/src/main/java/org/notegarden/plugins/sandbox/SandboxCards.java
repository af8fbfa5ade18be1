package org.notegarden.plugins.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.notegarden.storefront.spi.PaymentProvider;

/**
 * Test cards, like every payment provider's sandbox:
 * {@value #APPROVE} is approved, {@value #DECLINE} is declined (insufficient funds),
 * {@value #HANG} never answers in time. Charges are idempotent per key, refunds of approved
 * charges succeed.
 */
public final class SandboxCards implements PaymentProvider {
    public static final String APPROVE = "4242424242424242";
    public static final String DECLINE = "4000000000000002";
    public static final String HANG = "4000000000000259";

    private final long hangMillis;
    private final Map<String, PaymentResult> byKey = new ConcurrentHashMap<>();
    private final Map<String, Long> charged = new ConcurrentHashMap<>();

    public SandboxCards(long hangMillis) {
        this.hangMillis = hangMillis;
    }

    @Override
    public String id() {
        return "sandbox-card";
    }

    @Override
    public String displayName() {
        return "Test card";
    }

    /** Chinese buyers read 测试卡; the host shows it as 測試卡 to those who read Traditional. */
    @Override
    public String displayName(Locale buyerLocale) {
        return "zh".equals(buyerLocale.getLanguage()) ? "测试卡" : displayName();
    }

    @Override
    public PaymentResult charge(PaymentRequest request) {
        return byKey.computeIfAbsent("charge:" + request.idempotencyKey(), k -> decide(request));
    }

    private PaymentResult decide(PaymentRequest request) {
        String card = request.paymentToken() == null ? "" : request.paymentToken().replace(" ", "");
        switch (card) {
            case APPROVE -> {
                String reference = "sbx_" + UUID.randomUUID();
                charged.put(reference, request.amount().minor());
                return PaymentResult.approved(reference);
            }
            case DECLINE -> {
                return PaymentResult.declined("Card declined: insufficient funds (sandbox)");
            }
            case HANG -> {
                // Deliberately slow, like a provider that never answers: lets operators and tests
                // see the host's time budget cut the payment off and release the stock.
                try {
                    Thread.sleep(hangMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return PaymentResult.declined("Sandbox timeout card answered late");
            }
            default -> {
                return PaymentResult.declined("Unknown test card; use " + APPROVE);
            }
        }
    }

    @Override
    public PaymentResult refund(RefundRequest request) {
        return byKey.computeIfAbsent("refund:" + request.idempotencyKey(), k -> {
            Long amount = charged.get(request.chargeReference());
            if (amount == null || request.amount().minor() > amount) {
                return PaymentResult.declined("Nothing to refund for " + request.chargeReference());
            }
            charged.put(request.chargeReference(), amount - request.amount().minor());
            return PaymentResult.approved("sbx_refund_" + UUID.randomUUID());
        });
    }
}
