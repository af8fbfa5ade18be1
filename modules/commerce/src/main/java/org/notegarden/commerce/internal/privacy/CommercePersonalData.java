package org.notegarden.commerce.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notegarden.compliance.api.AccountErased;
import org.notegarden.compliance.api.PersonalData;

/**
 * Orders, cart and saved addresses in a buyer's export; on erasure the cart and the address
 * book go and the orders stay, untouched, under a
 * legal hold until the retention date (invoices and consumer-law claims need them), no longer
 * linked to anything that names the person on the community side.
 */
@ApplicationScoped
public class CommercePersonalData implements PersonalData {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Override
    public String section() {
        return "commerce";
    }

    @Override
    public void export(long accountId, ExportSink sink) throws IOException {
        List<?> orders = em.createNativeQuery("SELECT id, shop_id, state, currency, subtotal_minor, total_minor, ship_name, ship_phone, "
                + "ship_line, ship_city, ship_region, ship_postal, ship_country, created_at FROM co_order WHERE buyer_id = ?1 ORDER BY id")
                .setParameter(1, accountId).getResultList();
        String[] names = {"id", "shopId", "state", "currency", "subtotalMinor", "totalMinor", "shipName", "shipPhone", "shipLine",
            "shipCity", "shipRegion", "shipPostal", "shipCountry", "createdAt"};
        sink.json("commerce/orders.json", rows(orders, names));
        List<?> lines = em.createNativeQuery("SELECT l.order_id, l.title, l.options, l.quantity, l.unit_price_minor FROM co_order_line l "
                + "JOIN co_order o ON o.id = l.order_id WHERE o.buyer_id = ?1 ORDER BY l.order_id, l.line_no").setParameter(1, accountId)
                .getResultList();
        sink.json("commerce/order-lines.json", rows(lines, new String[] {"orderId", "title", "options", "quantity", "unitPriceMinor"}));
        List<?> cart = em.createNativeQuery("SELECT sku_id, quantity, added_at FROM co_cart_item WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList();
        sink.json("commerce/cart.json", rows(cart, new String[] {"skuId", "quantity", "addedAt"}));
        List<?> addresses = em.createNativeQuery("SELECT name, phone, line, city, region, postal, country, is_default, created_at "
                + "FROM co_address WHERE owner_id = ?1 ORDER BY id").setParameter(1, accountId).getResultList();
        sink.json("commerce/addresses.json", rows(addresses, new String[] {"name", "phone", "line", "city", "region", "postalCode",
            "country", "isDefault", "createdAt"}));
    }

    void onErased(@Observes AccountErased e) {
        em.createNativeQuery("DELETE FROM co_cart_item WHERE account_id = ?1").setParameter(1, e.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM co_address WHERE owner_id = ?1").setParameter(1, e.accountId()).executeUpdate();
        em.createNativeQuery("UPDATE co_order SET legal_hold_until = ?1 WHERE buyer_id = ?2")
                .setParameter(1, Timestamp.from(e.retainUntil())).setParameter(2, e.accountId()).executeUpdate();
    }

    private static List<Map<String, Object>> rows(List<?> raw, String[] names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object r : raw) {
            Object[] cells = r instanceof Object[] a ? a : new Object[] {r};
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object v = cells[i];
                row.put(names[i], v instanceof Timestamp ts ? ts.toInstant().toString()
                        : v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v);
            }
            out.add(row);
        }
        return out;
    }
}
