package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.community.api.NoteLookup;
import org.notegarden.platform.api.Problems;

/**
 * Which notes sell: for the caller's shop, paid-or-later orders and revenue per note the buyers
 * came from (cancelled and refunded orders do not count). Revenue is the lines' value before
 * discounts, shipping and tax, in the shop's currency.
 */
@RequestScoped
@Path("shops/mine/attribution")
@Produces(MediaType.APPLICATION_JSON)
public class AttributionResource {
    @Inject
    CallerContext caller;
    @Inject
    ShopService shops;
    @Inject
    NoteLookup notes;
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public record NoteSales(long noteId, String noteTitle, long orders, long units, long revenueMinor, String currency) {
    }

    @GET
    public List<NoteSales> perNote() {
        Shop shop = shops.byOwner(caller.require().accountId()).orElseThrow(() -> Problems.notFound("shop", "your shop"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT l.note_id, COUNT(DISTINCT o.id), SUM(l.quantity), "
                        + "SUM(l.quantity * l.unit_price_minor) FROM co_order o JOIN co_order_line l ON l.order_id = o.id "
                        + "WHERE o.shop_id = ?1 AND l.note_id IS NOT NULL "
                        + "AND o.state IN ('PAID', 'SHIPPED', 'RECEIVED', 'COMPLETED', 'REFUND_REQUESTED') "
                        + "GROUP BY l.note_id ORDER BY 4 DESC")
                .setParameter(1, shop.getId()).setMaxResults(100).getResultList();
        Map<Long, NoteLookup.NoteRef> titles = notes.published(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return rows.stream().map(r -> {
            long noteId = ((Number) r[0]).longValue();
            NoteLookup.NoteRef ref = titles.get(noteId);
            return new NoteSales(noteId, ref == null ? null : ref.title(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), shop.getCurrency());
        }).toList();
    }
}
