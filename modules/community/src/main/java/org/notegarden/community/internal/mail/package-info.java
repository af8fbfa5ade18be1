/**
 * Outgoing e-mail through Jakarta Mail to the operator's SMTP server (address verification and
 * password resets). Sent after the transaction that asked for it commits, off the request thread.
 */
package org.notegarden.community.internal.mail;
