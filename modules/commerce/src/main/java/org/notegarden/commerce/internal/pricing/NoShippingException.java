package org.notegarden.commerce.internal.pricing;

/** No enabled shipping plugin ships to the address: the order cannot be placed as it is. */
public final class NoShippingException extends RuntimeException {
    public NoShippingException(String country) {
        super("no shipping option to " + country);
    }
}
