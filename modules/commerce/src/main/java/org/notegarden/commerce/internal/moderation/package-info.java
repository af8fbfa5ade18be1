/** Commerce's side of moderation: what a reported product is, and taking it down when decided. */
package org.notegarden.commerce.internal.moderation;
