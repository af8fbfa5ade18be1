/** Example partner plugin: shipping rates by destination region, built only against the storefront SPI. */
package org.notegarden.plugins.shipping;
