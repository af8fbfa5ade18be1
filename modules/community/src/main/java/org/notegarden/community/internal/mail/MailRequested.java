package org.notegarden.community.internal.mail;

/** A message to send once the transaction that wrote it commits (plain text, UTF-8). */
public record MailRequested(String to, String subject, String text) {
}
