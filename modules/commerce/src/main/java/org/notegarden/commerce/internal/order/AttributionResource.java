package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.community.api.NoteLookup;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Which notes sell: for the caller's shop, paid-or-later orders and revenue per note the buyers
 * came from (cancelled and refunded orders do not count). Revenue is the lines' value before
 * discounts, shipping and tax, in the shop's currency.
 */
@RequestScoped
@Path("shops/mine/attribution")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class AttributionResource {
    CallerContext caller;
    ShopService shops;
    NoteLookup notes;
    OrderRepository orders;

    @Inject
    public AttributionResource(CallerContext caller, ShopService shops, NoteLookup notes, OrderRepository orders) {
        this.caller = caller;
        this.shops = shops;
        this.notes = notes;
        this.orders = orders;
    }

    /** For the CDI container's proxy only. */
    protected AttributionResource() {
    }

    public record NoteSales(long noteId, String noteTitle, long orders, long units, long revenueMinor, String currency) {
    }

    @GET
    public List<NoteSales> perNote() {
        Shop shop = shops.byOwner(caller.require().accountId()).orElseThrow(() -> Problems.notFound("shop",
                CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST));
        List<OrderRepository.NoteSalesRow> rows = orders.salesPerNote(shop.getId(), 100);
        Map<Long, NoteLookup.NoteRef> titles = notes.published(rows.stream().map(OrderRepository.NoteSalesRow::noteId).toList());
        return rows.stream().map(r -> {
            NoteLookup.NoteRef ref = titles.get(r.noteId());
            return new NoteSales(r.noteId(), ref == null ? null : ref.title(), r.orders(), r.units(), r.revenueMinor(),
                    shop.getCurrency());
        }).toList();
    }
}
