/** Inside of the commerce module; empty until the storefront lands (see the module README). */
package org.notegarden.commerce.internal;
