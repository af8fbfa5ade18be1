/**
 * The pricing pipeline: subtotal → promotions → shipping → tax → total, each step computed on
 * the server from catalog prices by the enabled plugins, with failures contained and reported.
 */
package org.notegarden.commerce.internal.pricing;
