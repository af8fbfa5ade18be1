/** A buyer's address book: saved addresses, one of them the default for checkout. */
package org.notegarden.commerce.internal.address;
