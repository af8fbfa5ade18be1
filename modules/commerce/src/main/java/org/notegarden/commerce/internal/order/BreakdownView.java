package org.notegarden.commerce.internal.order;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.notegarden.platform.api.Jsons;

/**
 * The price as the buyer saw it at checkout, in minor units of {@code currency}: subtotal, then
 * each promotion, the shipping and each tax as a signed adjustment, and the total; {@code skipped}
 * says which promotions could not be applied. An order keeps it as the JSON written at checkout
 * ({@link CheckoutService#json}); this is its typed face in the API.
 */
public record BreakdownView(long subtotal, List<AdjustmentView> discounts, AdjustmentView shipping,
                            List<AdjustmentView> taxes, long total, String currency, List<String> skipped) {

    /** One step of the price: which plugin rule ({@code code}), its label, and the signed amount. */
    public record AdjustmentView(String code, String label, long amount) {
    }

    /** Reads the stored JSON; keys an older order lacks read as empty. */
    static BreakdownView of(String json) {
        JsonObject o = Jsons.createReader(new StringReader(json)).readObject();
        return new BreakdownView(number(o, "subtotal"), adjustments(o.getJsonArray("discounts")),
                o.get("shipping") instanceof JsonObject s ? adjustment(s) : null, adjustments(o.getJsonArray("taxes")),
                number(o, "total"), o.getString("currency", null),
                o.getJsonArray("skipped") == null ? List.of() : o.getJsonArray("skipped").getValuesAs(JsonString::getString));
    }

    private static List<AdjustmentView> adjustments(JsonArray a) {
        return a == null ? List.of() : a.getValuesAs(JsonObject.class).stream().map(BreakdownView::adjustment).toList();
    }

    private static AdjustmentView adjustment(JsonObject a) {
        return new AdjustmentView(a.getString("code", null), a.getString("label", null), number(a, "amount"));
    }

    private static long number(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.longValue() : 0;
    }
}
