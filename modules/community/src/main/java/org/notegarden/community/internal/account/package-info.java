/** Accounts, passwords, login throttling, sessions and bearer tokens, and the authentication filter. */
package org.notegarden.community.internal.account;
