package org.notegarden.storefront.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in minor units (cents, fen) of an ISO 4217 currency. Immutable; amounts may
 * be negative (a discount is a negative adjustment). Arithmetic refuses to mix currencies.
 *
 * @param minor    the amount in the currency's minor unit
 * @param currency the ISO 4217 code, three upper-case letters
 */
public record Money(long minor, String currency) {
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, same(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, same(other).minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    /** {@code basisPoints} / 10,000 of this amount, rounded half up (e.g. 2000 bp = 20 %). */
    public Money percent(long basisPoints) {
        long scaled = Math.multiplyExact(minor, basisPoints);
        long rounded = Math.floorDiv(scaled + 5_000, 10_000);
        return new Money(rounded, currency);
    }

    public boolean isNegative() {
        return minor < 0;
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }
}
