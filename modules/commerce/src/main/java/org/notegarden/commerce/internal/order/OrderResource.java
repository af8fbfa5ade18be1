package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The buyer's orders; a shop's owner also sees the orders placed with the shop. */
@RequestScoped
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class OrderResource {
    CallerContext caller;
    OrderViews views;
    OrderPartyActions moves;
    CheckoutService checkout;

    public static class ShipBody {
        @Schema(required = true)
        public String carrier;
        @Schema(required = true)
        public String trackingNumber;
    }

    public static class ReasonBody {
        public String reason;
    }

    public static class RefundDecisionBody {
        @Schema(required = true)
        public Boolean approve;
    }
    OrderRepository orders;

    @Inject
    public OrderResource(CallerContext caller, OrderViews views, OrderPartyActions moves, CheckoutService checkout,
            OrderRepository orders) {
        this.caller = caller;
        this.views = views;
        this.moves = moves;
        this.checkout = checkout;
        this.orders = orders;
    }

    /** For the CDI container's proxy only. */
    protected OrderResource() {
    }

    @GET
    public Page<OrderViews.OrderView> mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        return OrderPages.page(orders.ofBuyer(me, Cursor.fromParam(cursor), n), n, views);
    }

    @GET
    @Path("{id}")
    public OrderViews.OrderView get(@PathParam("id") long id) {
        return views.view(moves.visibleTo(caller.require().accountId(), id));
    }

    @POST
    @Path("{id}/cancel")
    public OrderViews.OrderView cancel(@PathParam("id") long id) {
        long me = caller.require().accountId();
        return views.view(checkout.refund(moves.checkRefundable(me, id, false), true, moves));
    }

    @POST
    @Path("{id}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderViews.OrderView ship(@PathParam("id") long id, ShipBody b) {
        long me = caller.require().accountId();
        return views.view(moves.ship(me, id, b == null ? null : b.carrier, b == null ? null : b.trackingNumber));
    }

    @POST
    @Path("{id}/confirm-receipt")
    public OrderViews.OrderView confirm(@PathParam("id") long id) {
        return views.view(moves.confirmReceipt(caller.require().accountId(), id));
    }

    @POST
    @Path("{id}/refund-request")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderViews.OrderView requestRefund(@PathParam("id") long id, ReasonBody b) {
        return views.view(moves.requestRefund(caller.require().accountId(), id, b == null ? null : b.reason));
    }

    @POST
    @Path("{id}/refund-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderViews.OrderView decideRefund(@PathParam("id") long id, RefundDecisionBody b) {
        long me = caller.require().accountId();
        if (b == null || b.approve == null) {
            throw Problems.invalid("approve", CommerceMessages.IS_REQUIRED_TRUE_OR_FALSE);
        }
        return views.view(b.approve ? checkout.refund(moves.checkRefundable(me, id, true), false, moves)
                : moves.denyRefund(me, id));
    }
}
