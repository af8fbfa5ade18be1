package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The orders placed with the caller's own shop, newest first, optionally by state. */
@RequestScoped
@Path("shops/mine/orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class SellerOrdersResource {
    CallerContext caller;
    ShopService shops;
    OrderViews views;
    OrderRepository orders;

    @Inject
    public SellerOrdersResource(CallerContext caller, ShopService shops, OrderViews views, OrderRepository orders) {
        this.caller = caller;
        this.shops = shops;
        this.views = views;
        this.orders = orders;
    }

    /** For the CDI container's proxy only. */
    protected SellerOrdersResource() {
    }

    @GET
    public Page<OrderViews.OrderView> list(@QueryParam("state") String state, @QueryParam("cursor") String cursor,
                                           @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        Shop shop = shops.byOwner(me).orElseThrow(() -> Problems.notFound("shop", CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST));
        OrderState filter = null;
        if (state != null) {
            try {
                filter = OrderState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("state", CommerceMessages.IS_NOT_ORDER_STATE);
            }
        }
        int n = Page.clampLimit(limit);
        return OrderPages.page(orders.ofShop(shop.getId(), filter, Cursor.fromParam(cursor), n), n, views);
    }
}
