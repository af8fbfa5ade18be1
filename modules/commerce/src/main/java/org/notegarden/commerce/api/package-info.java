/**
 * Face of the commerce module: {@link org.notegarden.commerce.api.StorefrontActions}, what a
 * merchant does, for code acting on people's behalf. Commerce also implements the ports that
 * community declares in its own face (products and purchases shown in notes) and fires the
 * events community observes (sales from notes, roles granted).
 */
package org.notegarden.commerce.api;
