package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.notegarden.commerce.internal.pricing.Estimates;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Role;

/** A shop's product list: what is on sale, or everything for the merchant. */
@RequestScoped
@Path("shops/{shopId}/products")
@Produces(MediaType.APPLICATION_JSON)
public class ShopProductsResource {
    CallerContext caller;
    CatalogService catalog;
    ShopService shops;
    ProductViews products;
    Messages messages;

    @Inject
    public ShopProductsResource(CallerContext caller, CatalogService catalog, ShopService shops,
            ProductViews products, Messages messages) {
        this.caller = caller;
        this.catalog = catalog;
        this.shops = shops;
        this.products = products;
        this.messages = messages;
    }

    /** For the CDI container's proxy only. */
    protected ShopProductsResource() {
    }

    @GET
    public Page<ProductViews.ProductView> list(@PathParam("shopId") long shopId, @QueryParam("cursor") String cursor,
                                                  @QueryParam("limit") Integer limit, @QueryParam("currency") String currency,
                                                  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        Long viewer = caller.current().map(Caller::accountId).orElse(null);
        shops.requireVisible(shopId, viewer, caller.current().map(c -> c.has(Role.ADMIN)).orElse(false));
        int n = Page.clampLimit(limit);
        List<Product> found = catalog.ofShop(shopId, viewer, Cursor.fromParam(cursor), n);
        boolean more = found.size() > n;
        List<Product> shown = more ? found.subList(0, n) : found;
        var as = new ProductViews.Viewer(viewer, Estimates.buyerCurrency(currency),
                messages.negotiate(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE)));
        return new Page<>(products.views(shown, as),
                more ? new Cursor(Instant.EPOCH, shown.get(shown.size() - 1).getId()).encode() : null);
    }
}
