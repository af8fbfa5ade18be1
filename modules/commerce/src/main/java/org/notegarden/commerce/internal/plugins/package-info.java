/**
 * The storefront plugin host: one isolated class loader per plugin folder, discovery through
 * {@link java.util.ServiceLoader}, manifest checks, bounded and contained calls, reload without
 * redeploying, and the admin's view of it all.
 */
package org.notegarden.commerce.internal.plugins;
