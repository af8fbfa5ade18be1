/**
 * The review queue and what follows a decision: cases per language, claims, decisions with a
 * statement of reasons (and their DSA export), strikes, notices from users and trusted
 * flaggers, appeals decided by another moderator, and the public transparency report.
 */
package org.notegarden.compliance.internal.moderation;
