/** Orders: checkout with stock reservation and idempotency, payment through a payment plugin, the order's states. */
package org.notegarden.commerce.internal.order;
