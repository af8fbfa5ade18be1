package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
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
}
