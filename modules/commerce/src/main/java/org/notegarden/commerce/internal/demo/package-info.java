/** Demo shops and products for a fresh installation started with {@code notegarden.demo=true}. */
package org.notegarden.commerce.internal.demo;
