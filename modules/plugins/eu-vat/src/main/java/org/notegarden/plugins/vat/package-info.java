/** Example partner plugin: EU VAT by the buyer's country, built only against the storefront SPI. */
package org.notegarden.plugins.vat;
