package org.notegarden.commerce.internal.pricing;

/** An amount as the API shows it everywhere in commerce: minor units and an ISO 4217 code. */
public record PriceView(long minor, String currency) {
}
