package org.notegarden.commerce.internal.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.notegarden.commerce.internal.catalog.Product;
import org.notegarden.commerce.internal.pricing.Estimates;
import org.notegarden.commerce.internal.pricing.PriceView;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.platform.api.CallerContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's cart, grouped by shop because each shop is checked out separately. */
@RequestScoped
@Path("cart")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class CartResource {
    CallerContext caller;
    Estimates estimates;
    CartService cart;
    ShopService shopService;

    @Inject
    public CartResource(CallerContext caller, Estimates estimates, CartService cart, ShopService shopService) {
        this.caller = caller;
        this.estimates = estimates;
        this.cart = cart;
        this.shopService = shopService;
    }

    /** For the CDI container's proxy only. */
    protected CartResource() {
    }

    public static class CartItemBody {
        /** A number as sent (1.5 is refused, not truncated). */
        public java.math.BigDecimal quantity;
        public Long noteId;
    }

    /** A cart line; {@code title} is null and {@code withheld} true while the listing is held for review. */
    public record Line(long skuId, long productId, String title, Map<String, String> options, int quantity, PriceView unitPrice,
                       PriceView lineTotal, int stock, boolean available, Long noteId, boolean withheld) {
    }

    /** One shop's lines; {@code subtotalEstimate} is in the buyer's currency when asked for and known. */
    public record ShopCart(long shopId, String shopName, List<Line> lines, PriceView subtotal, PriceView subtotalEstimate) {
    }

    public record CartView(List<ShopCart> shops, int items) {
    }

    @GET
    public CartView get(@QueryParam("currency") String currency) {
        return view(caller.require().accountId(), Estimates.buyerCurrency(currency));
    }

    @PUT
    @Path("items/{skuId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CartView put(@PathParam("skuId") long skuId, CartItemBody body) {
        long me = caller.require().accountId();
        cart.put(me, skuId, body == null ? null : body.quantity, body == null ? null : body.noteId);
        return view(me, null);
    }

    @DELETE
    @Path("items/{skuId}")
    public CartView remove(@PathParam("skuId") long skuId) {
        long me = caller.require().accountId();
        cart.remove(me, skuId);
        return view(me, null);
    }

    private CartView view(long accountId, String buyerCurrency) {
        Map<Long, List<CartService.Row>> byShop = cart.rows(accountId).stream()
                .collect(Collectors.groupingBy(r -> r.product().shopId(), LinkedHashMap::new, Collectors.toList()));
        List<ShopCart> shops = new ArrayList<>();
        int items = 0;
        for (var entry : byShop.entrySet()) {
            Shop shop = shopService.byId(entry.getKey()).orElseThrow(); // a product's shop is never deleted
            long subtotal = 0;
            List<Line> lines = new ArrayList<>();
            for (CartService.Row r : entry.getValue()) {
                boolean available = r.sku().isActive() && r.sku().getStock() >= r.quantity()
                        && r.product().status() == Product.Status.ACTIVE;
                long total = r.sku().getPriceMinor() * r.quantity();
                if (available) {
                    subtotal += total;
                }
                items += r.quantity();
                // A listing held for review shows nothing of its text to buyers, in the cart as on its page.
                boolean withheld = r.product().heldForReview();
                String title = withheld ? null : r.product().titleEn() != null ? r.product().titleEn() : r.product().titleZh();
                lines.add(new Line(r.skuId(), r.product().id(), title, withheld ? Map.of() : r.sku().optionMap(), r.quantity(),
                        new PriceView(r.sku().getPriceMinor(), shop.getCurrency()), new PriceView(total, shop.getCurrency()),
                        r.sku().getStock(), available, r.noteId(), withheld));
            }
            PriceView sub = new PriceView(subtotal, shop.getCurrency());
            shops.add(new ShopCart(shop.getId(), shop.getPublicName(), lines, sub, estimates.estimate(sub, buyerCurrency)));
        }
        return new CartView(shops, items);
    }
}
