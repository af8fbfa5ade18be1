package org.notegarden.commerce.internal.order;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.cart.Quantities;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * What a checkout request must contain. Prices are deliberately absent: the server prices from
 * its own catalog, so a client cannot send a price (a {@code price} field is simply ignored).
 */
public final class CheckoutRules {
    public static final int MAX_LINES = 50;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private CheckoutRules() {
    }

    public record ShipTo(String name, String phone, String line, String city, String region, String postalCode,
                         String country) {
    }

    /** One requested line; the quantity is a number as sent, so 1.5 can be refused rather than truncated. */
    public record Item(Long skuId, Number quantity, Long noteId) {
    }

    public record Input(String idempotencyKey, ShipTo shipTo, List<Item> items, String couponCode, String paymentMethod,
                        String paymentToken) {
    }

    public record ValidItem(long skuId, int quantity, Long noteId) {
    }

    public record ValidCheckout(String idempotencyKey, ShipTo shipTo, List<ValidItem> items, String couponCode,
                                String paymentMethod, String paymentToken) {
        /**
         * SHA-256 of what is bought, where to, with which coupon and payment method — everything a
         * retry must repeat. The payment token is left out: it is card data, and a provider may
         * issue a fresh one for a retry of the same purchase.
         */
        public String requestHash() {
            StringBuilder canonical = new StringBuilder();
            items.forEach(i -> canonical.append(i.skuId()).append('x').append(i.quantity()).append('@').append(i.noteId()).append(';'));
            canonical.append('|').append(shipTo).append('|').append(couponCode).append('|').append(paymentMethod);
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(digest);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }

    /** A price preview: what is bought, where to, with which coupon; no key or payment yet. */
    public record QuoteInput(ShipTo shipTo, List<Item> items, String couponCode) {
    }

    public record ValidQuote(ShipTo shipTo, List<ValidItem> items, String couponCode) {
    }

    public static ValidQuote checkQuote(QuoteInput in) {
        List<FieldError> errors = new ArrayList<>();
        ValidQuote q = order(in.shipTo(), in.items(), in.couponCode(), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return q;
    }

    public static ValidCheckout check(Input in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.idempotencyKey() == null || !KEY.matcher(in.idempotencyKey()).matches()) {
            errors.add(new FieldError("idempotencyKey", CommerceMessages.MUST_BE_8_100_LETTERS_DIGITS_OR_E));
        }
        ValidQuote q = order(in.shipTo(), in.items(), in.couponCode(), errors);
        if (in.paymentMethod() == null || in.paymentMethod().isBlank()) {
            errors.add(new FieldError("paymentMethod", CommerceMessages.IS_REQUIRED));
        }
        if (in.paymentToken() != null && in.paymentToken().length() > 200) {
            errors.add(new FieldError("paymentToken", CommerceMessages.MUST_BE_AT_MOST_200_CHARACTERS));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new ValidCheckout(in.idempotencyKey(), q.shipTo(), q.items(), q.couponCode(), in.paymentMethod().trim(),
                in.paymentToken());
    }

    /**
     * An address as a parcel needs it (name, phone, street, city, ISO country), trimmed;
     * problems go to {@code errors} under {@code prefix} ("shipTo.city"), or under the prefix
     * itself when there is no address at all. Shared by checkout and the address book.
     */
    public static ShipTo address(ShipTo s, String prefix, List<FieldError> errors) {
        if (s == null) {
            errors.add(new FieldError(prefix, CommerceMessages.IS_REQUIRED));
            return null;
        }
        String name = text(s.name(), prefix + ".name", 1, 50, errors);
        String phone = text(s.phone(), prefix + ".phone", 1, 30, errors);
        String line = text(s.line(), prefix + ".line", 1, 200, errors);
        String city = text(s.city(), prefix + ".city", 1, 50, errors);
        String region = text(s.region(), prefix + ".region", 0, 50, errors);
        String postal = text(s.postalCode(), prefix + ".postalCode", 0, 20, errors);
        String country = s.country() == null ? "" : s.country().trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            errors.add(new FieldError(prefix + ".country", CommerceMessages.MUST_BE_ISO_3166_COUNTRY_CODE_SUCH_AS));
        }
        return new ShipTo(name, phone, line, city, region, postal, country);
    }

    /** The checks shared by a quote and a checkout; problems go to {@code errors}. */
    private static ValidQuote order(ShipTo s, List<Item> requested, String couponCode, List<FieldError> errors) {
        ShipTo ship = address(s, "shipTo", errors);
        List<Item> items = requested == null ? List.of() : requested;
        if (items.isEmpty() || items.size() > MAX_LINES) {
            errors.add(new FieldError("items", CommerceMessages.ORDER_HAS_1_N_LINES, MAX_LINES));
        }
        List<ValidItem> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < Math.min(items.size(), MAX_LINES); i++) {
            Item it = items.get(i);
            if (it == null || it.skuId() == null) {
                errors.add(new FieldError("items[" + i + "].skuId", CommerceMessages.IS_REQUIRED));
                continue;
            }
            if (!seen.add(it.skuId())) {
                errors.add(new FieldError("items[" + i + "].skuId", CommerceMessages.APPEARS_TWICE_RAISE_QUANTITY_INSTEAD));
            }
            Integer quantity = Quantities.whole(it.quantity());
            if (quantity == null) {
                errors.add(new FieldError("items[" + i + "].quantity",
                        CommerceMessages.MUST_BE_WHOLE_NUMBER_BETWEEN_1_AND_N, Quantities.MAX));
                continue;
            }
            valid.add(new ValidItem(it.skuId(), quantity, it.noteId()));
        }
        String coupon = couponCode == null || couponCode.isBlank() ? null : couponCode.trim();
        if (coupon != null && coupon.length() > 40) {
            errors.add(new FieldError("couponCode", CommerceMessages.MUST_BE_AT_MOST_40_CHARACTERS));
        }
        return new ValidQuote(ship, valid, coupon);
    }

    private static String text(String value, String field, int min, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (TextLength.of(v) < min || TextLength.of(v) > max) {
            errors.add(new FieldError(field, min > 0 ? Message.of(CommerceMessages.MUST_BE_1_N_CHARACTERS,
                    max) : Message.of(CommerceMessages.MUST_BE_AT_MOST_N_CHARACTERS, max)));
        }
        return v;
    }
}
