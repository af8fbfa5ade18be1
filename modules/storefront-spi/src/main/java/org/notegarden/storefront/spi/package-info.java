/**
 * The storefront plugin SPI: the only types a partner's plugin compiles against. Plain Java 17
 * with no dependencies, versioned on its own ({@link org.notegarden.storefront.spi.SpiVersion}).
 * Extension points (payment, shipping, tax, promotions, widgets, order listeners) are added as
 * {@code default} methods of {@link org.notegarden.storefront.spi.StorefrontPlugin}, so adding
 * one never breaks a plugin built against an older minor version.
 */
package org.notegarden.storefront.spi;
