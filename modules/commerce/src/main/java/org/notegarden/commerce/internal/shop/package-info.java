/** Shops: the application with trader details, the admin's decision with reasons, the shop's public face. */
package org.notegarden.commerce.internal.shop;
