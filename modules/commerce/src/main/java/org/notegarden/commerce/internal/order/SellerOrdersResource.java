package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;

/** The orders placed with the caller's own shop, newest first, optionally by state. */
@RequestScoped
@Path("shops/mine/orders")
@Produces(MediaType.APPLICATION_JSON)
public class SellerOrdersResource {
    @Inject
    CallerContext caller;
    @Inject
    ShopService shops;
    @Inject
    OrderViews views;
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @GET
    public Page<OrderViews.OrderView> list(@QueryParam("state") String state, @QueryParam("cursor") String cursor,
                                           @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        Shop shop = shops.byOwner(me).orElseThrow(() -> Problems.notFound("shop", "your shop"));
        OrderState filter = null;
        if (state != null) {
            try {
                filter = OrderState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("state", "is not an order state");
            }
        }
        int n = Page.clampLimit(limit);
        Cursor after = Cursor.fromParam(cursor);
        var q = em.createQuery("select o from ShopOrder o where o.shopId = :s and o.id < :after"
                        + (filter == null ? "" : " and o.state = :state") + " order by o.id desc", Order.class)
                .setParameter("s", shop.getId()).setParameter("after", after == null ? Long.MAX_VALUE : after.id());
        if (filter != null) {
            q.setParameter("state", filter);
        }
        List<Order> found = q.setMaxResults(n + 1).getResultList();
        boolean more = found.size() > n;
        List<Order> shown = more ? found.subList(0, n) : found;
        return new Page<>(shown.stream().map(views::view).toList(),
                more ? new Cursor(Instant.EPOCH, shown.get(shown.size() - 1).getId()).encode() : null);
    }
}
