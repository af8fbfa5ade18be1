package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;

/** The buyer's orders; a shop's owner also sees the orders placed with the shop. */
@RequestScoped
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    @Inject
    CallerContext caller;
    @Inject
    OrderViews views;
    @Inject
    OrderMoves moves;
    @Inject
    CheckoutService checkout;

    public static class ShipBody {
        public String carrier;
        public String trackingNumber;
    }

    public static class ReasonBody {
        public String reason;
    }

    public static class DecisionBody {
        public Boolean approve;
    }
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @GET
    public Page<OrderViews.OrderView> mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        Cursor after = Cursor.fromParam(cursor);
        List<Order> found = em.createQuery("select o from ShopOrder o where o.buyerId = :b and o.id < :after order by o.id desc",
                        Order.class).setParameter("b", me).setParameter("after", after == null ? Long.MAX_VALUE : after.id())
                .setMaxResults(n + 1).getResultList();
        boolean more = found.size() > n;
        List<Order> shown = more ? found.subList(0, n) : found;
        return new Page<>(shown.stream().map(views::view).toList(),
                more ? new Cursor(Instant.EPOCH, shown.get(shown.size() - 1).getId()).encode() : null);
    }

    @GET
    @Path("{id}")
    public OrderViews.OrderView get(@PathParam("id") long id) {
        long me = caller.require().accountId();
        Order o = em.find(Order.class, id);
        if (o == null) {
            throw Problems.notFound("orderId", "order " + id);
        }
        Shop shop = em.find(Shop.class, o.getShopId());
        if (o.getBuyerId() != me && shop.getOwnerId() != me) {
            throw Problems.notFound("orderId", "order " + id); // others' orders do not exist for you
        }
        return views.view(o);
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
    public OrderViews.OrderView decideRefund(@PathParam("id") long id, DecisionBody b) {
        long me = caller.require().accountId();
        if (b == null || b.approve == null) {
            throw Problems.invalid("approve", "is required (true or false)");
        }
        return views.view(b.approve ? checkout.refund(moves.checkRefundable(me, id, true), false, moves)
                : moves.denyRefund(me, id));
    }
}
