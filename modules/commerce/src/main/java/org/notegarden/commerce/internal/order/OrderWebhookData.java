package org.notegarden.commerce.internal.order;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.notegarden.platform.api.Jsons;

/**
 * The {@code data.order} an order event's webhook carries: what a merchant's back office needs to
 * act on it (lines, money, where it ships, the parcel's tracking), as the order stood when the
 * event happened. Amounts are in minor units, like everywhere in the API.
 */
final class OrderWebhookData {
    private OrderWebhookData() {
    }

    static JsonObject of(Order order) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        order.getLines().forEach(l -> lines.add(Jsons.createObjectBuilder().add("productId", l.getProductId())
                .add("skuId", l.getSkuId()).add("title", l.getTitle()).add("quantity", l.getQuantity())
                .add("unitPriceMinor", l.getUnitPriceMinor())));
        CheckoutRules.ShipTo to = order.getShipTo();
        JsonObjectBuilder shipTo = Jsons.createObjectBuilder();
        addIfPresent(shipTo, "name", to.name());
        addIfPresent(shipTo, "phone", to.phone());
        addIfPresent(shipTo, "line", to.line());
        addIfPresent(shipTo, "city", to.city());
        addIfPresent(shipTo, "region", to.region());
        addIfPresent(shipTo, "postalCode", to.postalCode());
        addIfPresent(shipTo, "country", to.country());
        JsonObjectBuilder o = Jsons.createObjectBuilder().add("id", order.getId()).add("state", order.getState().name())
                .add("currency", order.getCurrency()).add("subtotalMinor", order.getSubtotalMinor())
                .add("totalMinor", order.getTotalMinor()).add("createdAt", order.getCreatedAt().toString())
                .add("lines", lines).add("shipTo", shipTo);
        addIfPresent(o, "carrier", order.getCarrier());
        addIfPresent(o, "trackingNumber", order.getTrackingNumber());
        addIfPresent(o, "refundReason", order.getRefundReason());
        return Jsons.createObjectBuilder().add("order", o).build();
    }

    private static void addIfPresent(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
