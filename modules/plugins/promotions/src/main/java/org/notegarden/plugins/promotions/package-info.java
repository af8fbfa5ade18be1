/**
 * Example partner plugin: coupons (limits counted by the host), spend-and-save tiers, timed
 * sales and their bilingual badges, built only against the storefront SPI.
 */
package org.notegarden.plugins.promotions;
