/**
 * Accounts, passwords, login throttling, sessions and bearer tokens, the authentication filter,
 * and how people appear in responses ({@code People}). The floor the rest of the module stands
 * on: it announces changes others depend on ({@code ProfilePrivacyChanged}) instead of calling up.
 */
package org.notegarden.community.internal.account;
