/** Commerce's side of privacy rights: orders in a data export, and legal holds when a buyer is erased. */
package org.notegarden.commerce.internal.privacy;
