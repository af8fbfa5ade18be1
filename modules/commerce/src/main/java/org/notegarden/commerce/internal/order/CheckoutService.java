package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.cart.CartService;
import org.notegarden.commerce.internal.catalog.CatalogService;
import org.notegarden.commerce.internal.catalog.Product;
import org.notegarden.commerce.internal.catalog.ProductSummary;
import org.notegarden.commerce.internal.catalog.Sku;
import org.notegarden.commerce.internal.plugins.PluginCallException;
import org.notegarden.commerce.internal.plugins.PluginHost;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.commerce.internal.pricing.BuyerScript;
import org.notegarden.commerce.internal.pricing.NoShippingException;
import org.notegarden.commerce.internal.pricing.PluginStepUnavailableException;
import org.notegarden.commerce.internal.pricing.PriceBreakdown;
import org.notegarden.commerce.internal.pricing.PricingPipeline;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopPlugins;
import org.notegarden.commerce.internal.shop.ShopSummary;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Jsons;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;
import org.notegarden.storefront.spi.Address;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.CartLine;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.PaymentProvider;
import org.notegarden.storefront.spi.PricingRequest;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * Checkout in two steps. {@link #place} is one transaction: replay by idempotency key, check
 * the lines against the catalog, reserve stock, price on the server, record the order. Then
 * {@link #pay} asks the payment plugin (bounded in time, outside any transaction so no locks
 * are held while a provider thinks) and records the answer; a decline, failure or time-out
 * cancels the order and returns its stock.
 */
@ApplicationScoped
public class CheckoutService {
    Stock stock;
    OrderRepository orders;
    CartService cart;
    Clock clock;
    StorefrontPlugins plugins;
    OrderSystemTransitions transitions;
    OrderAnnouncer announcer;
    CatalogService catalog;
    PricingBuyer buyer;
    CouponRedemptions coupons;
    ShopPlugins shopPlugins;
    long reservationMinutes;

    @Inject
    public CheckoutService(Stock stock, OrderRepository orders, CartService cart, Clock clock, StorefrontPlugins plugins,
            OrderSystemTransitions transitions,
            OrderAnnouncer announcer, CatalogService catalog, PricingBuyer buyer, CouponRedemptions coupons,
                    ShopPlugins shopPlugins, @ConfigProperty(name = "notegarden.checkout.reservation-minutes",
                            defaultValue = "15") long reservationMinutes) {
        this.stock = stock;
        this.orders = orders;
        this.cart = cart;
        this.clock = clock;
        this.plugins = plugins;
        this.transitions = transitions;
        this.announcer = announcer;
        this.catalog = catalog;
        this.buyer = buyer;
        this.coupons = coupons;
        this.shopPlugins = shopPlugins;
        this.reservationMinutes = reservationMinutes;
    }

    /** For the CDI container's proxy only. */
    protected CheckoutService() {
    }

    /**
     * The order, and whether it is the answer to an earlier request with the same key; for a new
     * order, the shop's name as buyers see it, read with the variants (null for a replay).
     */
    public record Placed(Order order, boolean replay, String shopName) {
    }

    /** The order this buyer already placed with this idempotency key, if any. */
    @Transactional
    public Optional<Order> earlier(long buyerId, String idempotencyKey) {
        return orders.byIdempotencyKey(buyerId, idempotencyKey);
    }

    @Transactional
    public Placed place(long buyerId, CheckoutRules.ValidCheckout c) {
        Optional<Order> earlier = orders.byIdempotencyKey(buyerId, c.idempotencyKey());
        if (earlier.isPresent()) {
            String asked = earlier.get().getRequestHash();
            if (asked != null && !asked.equals(c.requestHash())) {
                throw new ProblemException(422, Problems.BASE + "idempotency-key-reused",
                        Message.of(CommerceMessages.IDEMPOTENCY_KEY_REUSED_TITLE),
                                Message.of(CommerceMessages.IDEMPOTENCY_KEY_WAS_ALREADY_USED_FOR_DIFFERENT_CHECKOUT),
                        List.of(new FieldError("idempotencyKey", CommerceMessages.WAS_USED_FOR_DIFFERENT_REQUEST)), null);
            }
            return new Placed(earlier.get(), true, null);
        }
        Prepared p = prepare(buyerId, c.items(), c.shipTo(), c.couponCode(), true);
        if (p.paymentMethods().stream().noneMatch(m -> m.id().equals(c.paymentMethod()))) {
            throw Problems.invalid("paymentMethod", CommerceMessages.NO_PAYMENT_METHOD_N_IS_AVAILABLE, c.paymentMethod());
        }
        ShopSummary shop = p.shop();
        List<OrderLine> orderLines = p.lines();
        PriceBreakdown price = p.price();
        Instant now = clock.instant();
        Order placed = new Order(buyerId, shop.id(), c, orderLines, shop.currency(), price.subtotal().minor(),
                price.total().minor(), json(price), now, now.plus(Duration.ofMinutes(reservationMinutes)));
        orders.add(placed);
        coupons.record(placed, price);
        announcer.announce(placed);
        // What was bought leaves the cart, in the same transaction as the order.
        cart.bought(buyerId, orderLines.stream().map(OrderLine::getSkuId).toList());
        // Reserve last: the guarded UPDATE locks the variant's row until this transaction commits,
        // and every buyer of a popular variant queues on that lock, so nothing else is done while
        // holding it. A refusal rolls the order, its events and the cart change back with it.
        // Reserve in a fixed order (by SKU id) so two multi-line checkouts cannot deadlock.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < orderLines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> orderLines.get(i).getSkuId()));
        for (int i : order) {
            OrderLine line = orderLines.get(i);
            if (!stock.reserve(line)) {
                throw Problems.conflict("items[" + i + "].quantity", CommerceMessages.NOT_ENOUGH_STOCK_LEFT_FOR_N,
                        line.getTitle());
            }
        }
        return new Placed(placed, false, shop.publicName());
    }

    /** The line's title as orders show it: both languages when the product has both. */
    private static String titleOf(ProductSummary product) {
        if (product.titleEn() != null && product.titleZh() != null) {
            return product.titleEn() + " / " + product.titleZh();
        }
        return product.titleEn() != null ? product.titleEn() : product.titleZh();
    }

    /** A payment method a shop accepts: the provider's id (sent back as paymentMethod) and its name. */
    public record PaymentMethod(String id, String name) {
    }

    /** Lines checked against the catalog and priced by the shop's plugins; nothing reserved. */
    public record Prepared(ShopSummary shop, List<OrderLine> lines, PriceBreakdown price, List<PaymentMethod> paymentMethods) {
    }

    /**
     * What a checkout would cost, with the same checks and plugins as {@link #place} but nothing
     * reserved or recorded: the price breakdown a buyer reviews before paying.
     */
    public Prepared quote(long buyerId, CheckoutRules.ValidQuote q) {
        return prepare(buyerId, q.items(), q.shipTo(), q.couponCode(), false);
    }

    /** {@code forOrder}: the price becomes an order in this transaction, so coupon limits are held while counted. */
    private Prepared prepare(long buyerId, List<CheckoutRules.ValidItem> items, CheckoutRules.ShipTo shipTo,
                             String couponCode, boolean forOrder) {
        Map<Long, CatalogService.Variant> variants =
                catalog.variants(items.stream().map(CheckoutRules.ValidItem::skuId).toList());
        ShopSummary shop = null;
        List<CartLine> pricingLines = new ArrayList<>();
        List<OrderLine> orderLines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CheckoutRules.ValidItem item = items.get(i);
            CatalogService.Variant variant = variants.get(item.skuId());
            Sku sku = variant == null ? null : variant.sku();
            ProductSummary product = variant == null ? null : variant.product();
            if (sku == null || !sku.isActive() || product.status() != Product.Status.ACTIVE) {
                throw Problems.invalid("items[" + i + "].skuId", CommerceMessages.IS_NOT_ON_SALE);
            }
            if (shop != null && shop.id() != product.shopId()) {
                throw Problems.invalid("items[" + i + "].skuId", CommerceMessages.ORDER_BUYS_FROM_ONE_SHOP_CHECK_OUT_EACH);
            }
            shop = variant.shop();
            if (forOrder && sku.getStock() < item.quantity()) {
                // Sold out as last committed: refused before the shop's plugins price anything. In a
                // flash sale nearly every buyer ends here, so the refusals cost one read, not five
                // plugin calls. Enough stock here still has to win the guarded UPDATE in place().
                throw Problems.conflict("items[" + i + "].quantity", CommerceMessages.NOT_ENOUGH_STOCK_LEFT_FOR_N,
                        titleOf(product));
            }
            orderLines.add(new OrderLine(sku.getId(), product.id(), titleOf(product), optionsText(sku), item.quantity(),
                    sku.getPriceMinor(), item.noteId()));
        }
        if (shop.status() != Shop.Status.APPROVED) {
            throw Problems.invalid("items", CommerceMessages.SHOP_IS_NOT_OPEN);
        }
        if (shop.ownerId() == buyerId) {
            throw Problems.forbidden(CommerceMessages.YOU_CANNOT_BUY_FROM_YOUR_OWN_SHOP);
        }
        if (forOrder) {
            coupons.holdLimits(shop.id(), couponCode);
        }
        PluginHost host = plugins.host();
        java.util.Set<String> off = shopPlugins.disabled(shop.id());
        for (OrderLine line : orderLines) {
            CatalogService.Variant v = variants.get(line.getSkuId());
            Integer weight = v.sku().getWeightGrams();
            pricingLines.add(new CartLine(String.valueOf(line.getSkuId()), String.valueOf(line.getProductId()), line.getTitle(),
                    v.product().category(), line.getQuantity(), new Money(line.getUnitPriceMinor(), shop.currency()),
                    v.sku().optionMap(), weight == null ? 0 : weight));
        }
        CheckoutRules.ShipTo to = shipTo;
        PricingRequest request = new PricingRequest(String.valueOf(shop.id()), shop.currency(), pricingLines,
                new Address(to.country(), to.region(), to.city(), to.postalCode()), couponCode, clock.instant(),
                buyer.locale(), buyer.region(), coupons.uses(shop.id(), couponCode, buyerId));
        PriceBreakdown price;
        try {
            price = new PricingPipeline(host).price(request, p -> !off.contains(p.id()));
        } catch (NoShippingException e) {
            throw Problems.invalid("shipTo.country", CommerceMessages.SHOP_DOES_NOT_SHIP_TO_N, to.country());
        } catch (PluginStepUnavailableException e) {
            throw stepUnavailable(e.step());
        }
        List<PaymentMethod> methods = host.extensions(StorefrontPlugin::paymentProviders).stream()
                .filter(e -> !off.contains(e.plugin().id()))
                .map(e -> host.guard().callQuietly(e.plugin(), "payment method",
                        () -> new PaymentMethod(e.extension().id(), BuyerScript.text(
                                e.extension().displayName(request.locale()), request.buyerLocale()))))
                .filter(java.util.Objects::nonNull).toList();
        return new Prepared(shop, orderLines, price, methods);
    }

    /** Charges a freshly placed order; returns it paid, or throws a problem after cancelling it. */
    public Order pay(Order placed, CheckoutRules.ValidCheckout c) {
        PluginHost host = plugins.host();
        var provider = provider(host, placed.getPaymentProvider())
                .orElseThrow(() -> fail(placed, "the payment method went away", 502, "payment-failed"));
        PaymentProvider.PaymentResult result;
        try {
            result = host.guard().call(provider.plugin(), "payment", () -> provider.extension().charge(
                    new PaymentProvider.PaymentRequest(String.valueOf(placed.getId()),
                            new Money(placed.getTotalMinor(), placed.getCurrency()), c.paymentToken(),
                            "order-" + placed.getId())));
        } catch (PluginCallException e) {
            throw fail(placed, e.timedOut() ? "the payment provider did not answer in time" : "the payment provider failed",
                    502, "payment-failed");
        }
        if (result == null || result.status() != PaymentProvider.PaymentResult.Status.APPROVED) {
            throw fail(placed, result == null ? "no answer" : result.message(), 402, "payment-declined");
        }
        return transitions.paid(placed.getId(), result.reference());
    }

    /**
     * Gives the money back through the order's payment plugin, then records it. A provider that
     * fails leaves the order as it was (502), so nothing is marked refunded that was not.
     */
    public Order refund(Order order, boolean cancellation, OrderPartyActions moves) {
        if (order.getState() == OrderState.PLACED) {
            return transitions.failed(order.getId(), "cancelled by the buyer before payment");
        }
        PluginHost host = plugins.host();
        var provider = provider(host, order.getPaymentProvider()).orElseThrow(() -> new ProblemException(502,
                Problems.BASE + "refund-failed",
                Message.of(CommerceMessages.REFUND_FAILED_TITLE),
                        Message.of(CommerceMessages.PAYMENT_METHOD_IS_NO_LONGER_AVAILABLE),
                List.of(), null));
        PaymentProvider.PaymentResult result;
        try {
            result = host.guard().call(provider.plugin(), "refund", () -> provider.extension().refund(
                    new PaymentProvider.RefundRequest(String.valueOf(order.getId()), order.getPaymentReference(),
                            new Money(order.getTotalMinor(), order.getCurrency()), "refund-" + order.getId())));
        } catch (PluginCallException e) {
            throw new ProblemException(502, Problems.BASE + "refund-failed",
                    Message.of(CommerceMessages.REFUND_FAILED_TITLE),
                            Message.of(CommerceMessages.PAYMENT_PROVIDER_DID_NOT_COMPLETE_REFUND_NOTHING_CHANGED),
                    List.of(), null);
        }
        if (result == null || result.status() != PaymentProvider.PaymentResult.Status.APPROVED) {
            Object why = result == null ? Message.of(CommerceMessages.NO_ANSWER) : result.message();
            throw new ProblemException(502, Problems.BASE + "refund-failed", Message.of(CommerceMessages.REFUND_FAILED_TITLE),
                    Message.of(CommerceMessages.PAYMENT_PROVIDER_REFUSED_REFUND_N, why), List.of(), null);
        }
        return moves.refunded(order.getId(), cancellation);
    }

    /**
     * 503 when shipping or tax cannot be calculated: the checkout stops (its transaction rolls
     * back, so no stock stays reserved) rather than charging a wrong total.
     */
    private static ProblemException stepUnavailable(String step) {
        Message detail = Message.of("tax".equals(step) ? CommerceMessages.TAXES_CANNOT_BE_CALCULATED_NOW
                : CommerceMessages.SHIPPING_RATES_CANNOT_BE_CALCULATED_NOW);
        return new ProblemException(503, Problems.BASE + "plugin-unavailable",
                Message.of(CommerceMessages.CHECKOUT_TEMPORARILY_UNAVAILABLE_TITLE), detail, List.of(), 30);
    }

    private ProblemException fail(Order placed, String reason, int status, String type) {
        transitions.failed(placed.getId(), reason);
        return new ProblemException(status, Problems.BASE + type,
                Message.of(status == 402 ? CommerceMessages.PAYMENT_DECLINED_TITLE : CommerceMessages.PAYMENT_FAILED_TITLE),
                Message.of(CommerceMessages.ORDER_N_WAS_CANCELLED_AND_ITS_ITEMS_RELEASED, placed.getId(), reason),
                List.of(new FieldError("paymentToken", Message.verbatim(reason))), null);
    }

    private static Optional<PluginHost.Extension<PaymentProvider>> provider(PluginHost host, String id) {
        return host.extensions(StorefrontPlugin::paymentProviders).stream()
                .filter(e -> id.equals(host.guard().callQuietly(e.plugin(), "id", () -> e.extension().id())))
                .findFirst();
    }

    private static String optionsText(Sku sku) {
        return sku.optionMap().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String json(PriceBreakdown b) {
        JsonObjectBuilder o = Jsons.createObjectBuilder().add("subtotal", b.subtotal().minor());
        o.add("discounts", lines(b.discounts()));
        o.add("shipping", line(b.shipping()));
        o.add("taxes", lines(b.taxes()));
        o.add("total", b.total().minor());
        o.add("currency", b.total().currency());
        JsonArrayBuilder skipped = Jsons.createArrayBuilder();
        // Bounded, so a chatty plugin cannot overflow the stored breakdown.
        b.skipped().stream().limit(10).map(m -> m.length() > 300 ? m.substring(0, 300) : m).forEach(skipped::add);
        o.add("skipped", skipped);
        return o.build().toString();
    }

    private static JsonArrayBuilder lines(List<Adjustment> adjustments) {
        JsonArrayBuilder a = Jsons.createArrayBuilder();
        adjustments.forEach(x -> a.add(line(x)));
        return a;
    }

    private static JsonObjectBuilder line(Adjustment x) {
        return Jsons.createObjectBuilder().add("code", x.code()).add("label", x.label()).add("amount", x.amount().minor());
    }
}
