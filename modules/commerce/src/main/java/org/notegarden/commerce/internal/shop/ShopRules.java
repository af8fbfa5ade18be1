package org.notegarden.commerce.internal.shop;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/** What a shop application must contain. Pure; every problem is reported at once. */
public final class ShopRules {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ShopRules() {
    }

    /** A validated, trimmed application. */
    public record Application(String name, String description, Long logoMediaId, String currency, String legalName,
                              String address, String contactEmail, String contactPhone, String registrationNumber,
                              boolean selfCertified, String country) {
    }

    public static Application check(String name, String description, Long logoMediaId, String currency, String legalName,
                                    String address, String contactEmail, String contactPhone,
                                    String registrationNumber, Boolean selfCertified) {
        return check(name, description, logoMediaId, currency, legalName, address, contactEmail, contactPhone,
                registrationNumber, selfCertified, null);
    }

    /**
     * As above, with the country the shop ships from (ISO 3166 alpha-2, optional): checkout
     * offers it as the buyer's country until the buyer has an address of their own.
     */
    public static Application check(String name, String description, Long logoMediaId, String currency, String legalName,
                                    String address, String contactEmail, String contactPhone,
                                    String registrationNumber, Boolean selfCertified, String country) {
        List<FieldError> errors = new ArrayList<>();
        String n = required(name, "name", 40, errors);
        String d = optional(description, "description", 500, errors);
        String c = currency == null || currency.isBlank() ? "CNY" : currency.trim();
        try {
            // XXX, XTS, XAU, XDR … are ISO 4217 codes but not money anyone can be charged in:
            // the JDK gives them no minor unit.
            Currency known = Currency.getInstance(c);
            if (!c.equals(known.getCurrencyCode()) || known.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("currency", CommerceMessages.MUST_BE_ISO_4217_CURRENCY_CODE_SUCH_AS));
        }
        String legal = required(legalName, "legalName", 200, errors);
        String addr = required(address, "address", 500, errors);
        String from = country(country, errors);
        String email = required(contactEmail, "contactEmail", 254, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("contactEmail", CommerceMessages.MUST_BE_E_MAIL_ADDRESS));
        }
        String phone = optional(contactPhone, "contactPhone", 40, errors);
        String reg = required(registrationNumber, "registrationNumber", 100, errors);
        if (!Boolean.TRUE.equals(selfCertified)) {
            errors.add(new FieldError("selfCertified", CommerceMessages.YOU_MUST_CERTIFY_YOUR_PRODUCTS_COMPLY_WITH_LAW));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new Application(n, d, logoMediaId, c, legal, addr, email, phone, reg, true, from);
    }

    /** An ISO 3166 alpha-2 code, upper-cased, or null when none was given. */
    static String country(String value, List<FieldError> errors) {
        String from = value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
        if (from != null && !COUNTRIES.contains(from)) {
            errors.add(new FieldError("country", CommerceMessages.MUST_BE_ISO_3166_COUNTRY_CODE_SUCH_AS));
        }
        return from;
    }

    static String required(String value, String field, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, CommerceMessages.IS_REQUIRED));
            return null;
        }
        if (TextLength.of(v) > max) {
            errors.add(new FieldError(field, CommerceMessages.MUST_BE_AT_MOST_N_CHARACTERS, max));
        }
        return v;
    }

    static String optional(String value, String field, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (TextLength.of(v) > max) {
            errors.add(new FieldError(field, CommerceMessages.MUST_BE_AT_MOST_N_CHARACTERS, max));
        }
        return v;
    }
}
