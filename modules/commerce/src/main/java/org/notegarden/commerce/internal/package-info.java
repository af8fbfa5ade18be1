/**
 * Inside of the commerce module, one sub-package per area: shops, catalog, cart, orders, pricing
 * and the storefront plugin host. Only this module may use these types.
 */
package org.notegarden.commerce.internal;
