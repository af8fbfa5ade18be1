package org.notegarden.storefront.spi;

import java.util.Objects;

/**
 * A shipping address as the host validated it.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case (e.g. {@code CN}, {@code DE})
 * @param region  province or state, free text, may be empty
 * @param city    city, may be empty
 * @param postalCode postal code, may be empty
 */
public record Address(String country, String region, String city, String postalCode) {
    public Address {
        Objects.requireNonNull(country, "country");
        region = region == null ? "" : region;
        city = city == null ? "" : city;
        postalCode = postalCode == null ? "" : postalCode;
    }
}
