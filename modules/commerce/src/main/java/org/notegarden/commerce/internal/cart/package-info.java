/** The cart: what a person means to buy, grouped by shop, priced from the catalog when shown. */
package org.notegarden.commerce.internal.cart;
