package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.cart.CartService;
import org.notegarden.commerce.internal.pricing.Estimates;
import org.notegarden.commerce.internal.pricing.PriceView;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Checkout: 201 with the paid order; 200 with the earlier order when the idempotency key was
 * seen before (a retried request never charges twice); 402 when the payment is declined and 502
 * when the provider fails or does not answer — in both cases the order is cancelled and its
 * stock released.
 */
@RequestScoped
@Path("checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class CheckoutResource {
    CallerContext caller;
    CheckoutService checkout;
    Estimates estimates;
    OrderViews views;
    CartService cart;

    @Inject
    public CheckoutResource(CallerContext caller, CheckoutService checkout, Estimates estimates, OrderViews views,
            CartService cart) {
        this.caller = caller;
        this.checkout = checkout;
        this.estimates = estimates;
        this.views = views;
        this.cart = cart;
    }

    /** For the CDI container's proxy only. */
    protected CheckoutResource() {
    }

    public static class CheckoutItemBody {
        public Long skuId;
        /** A number as sent (1.5 is refused, not truncated). */
        public java.math.BigDecimal quantity;
        /** The note the buyer came from, for attribution. */
        public Long noteId;
    }

    public static class CheckoutBody {
        @Schema(required = true)
        public String idempotencyKey;
        public CheckoutRules.ShipTo shipTo;
        public List<CheckoutItemBody> items;
        public String couponCode;
        public String paymentMethod;
        public String paymentToken;
        /** Instead of items: check out this shop's lines from the caller's cart. */
        public Long cartShopId;
    }

    /** The price breakdown a buyer reviews before paying, with the shop's payment methods. */
    public record QuoteView(long shopId, String shopName, List<OrderViews.LineView> lines, BreakdownView breakdown,
                            PriceView total, PriceView totalEstimate, List<CheckoutService.PaymentMethod> paymentMethods) {
    }

    /** Prices a checkout without placing it (same body; key and payment are not needed yet). */
    @POST
    @Path("quote")
    public QuoteView quote(CheckoutBody b, @QueryParam("currency") String currency) {
        long me = caller.require().accountId();
        RequestBodies.required(b);
        String buyerCurrency = Estimates.buyerCurrency(currency);
        var valid = CheckoutRules.checkQuote(new CheckoutRules.QuoteInput(b.shipTo, items(me, b), b.couponCode));
        CheckoutService.Prepared q = checkout.quote(me, valid);
        String cur = q.shop().currency();
        PriceView total = new PriceView(q.price().total().minor(), cur);
        return new QuoteView(q.shop().id(), q.shop().publicName(),
                q.lines().stream().map(l -> views.line(l, cur)).toList(),
                BreakdownView.of(CheckoutService.json(q.price())), total,
                estimates.estimate(total, buyerCurrency), q.paymentMethods());
    }

    @POST
    @APIResponse(responseCode = "201", description = "The order, placed and paid", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OrderViews.OrderView.class)))
    @APIResponse(responseCode = "200", description = "The order this idempotency key already placed", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OrderViews.OrderView.class)))
    public Response checkout(CheckoutBody b) {
        long me = caller.require().accountId();
        RequestBodies.required(b);
        if (b.cartShopId != null && b.idempotencyKey != null) {
            // A retried cart checkout: the first one emptied those lines from the cart, so they cannot
            // be read again; the key names the purchase, and the same shop's order is its answer.
            var earlier = checkout.earlier(me, b.idempotencyKey).filter(o -> o.getShopId() == b.cartShopId);
            if (earlier.isPresent()) {
                return Response.ok(views.view(earlier.get())).build();
            }
        }
        List<CheckoutRules.Item> items = items(me, b);
        CheckoutRules.ValidCheckout valid = CheckoutRules.check(new CheckoutRules.Input(b.idempotencyKey, b.shipTo,
                items, b.couponCode, b.paymentMethod, b.paymentToken));
        CheckoutService.Placed placed = checkout.place(me, valid);
        if (placed.replay()) {
            return Response.ok(views.view(placed.order())).build();
        }
        Order paid = checkout.pay(placed.order(), valid);
        return Response.status(Response.Status.CREATED).entity(views.view(paid, placed.shopName())).build();
    }

    /** The lines asked for: explicit items, or that shop's lines from the caller's cart. */
    private List<CheckoutRules.Item> items(long me, CheckoutBody b) {
        if (b.cartShopId == null) {
            return b.items == null ? null : b.items.stream().map(i -> i == null ? null
                    : new CheckoutRules.Item(i.skuId, i.quantity, i.noteId)).toList();
        }
        // An empty list is no items: clients generated from the API document send [] for an unset list.
        if (b.items != null && !b.items.isEmpty()) {
            throw Problems.invalid("items", CommerceMessages.SEND_EITHER_ITEMS_OR_CARTSHOPID_NOT_BOTH);
        }
        List<CheckoutRules.Item> items = cart.rows(me).stream().filter(r -> r.product().shopId() == b.cartShopId)
                .map(r -> new CheckoutRules.Item(r.skuId(), r.quantity(), r.noteId())).toList();
        if (items.isEmpty()) {
            throw Problems.invalid("cartShopId", CommerceMessages.YOUR_CART_HOLDS_NOTHING_FROM_SHOP);
        }
        return items;
    }
}
