/**
 * Sign-up and pacing gates against fake accounts and floods: age gate per region, disposable
 * e-mail domains, common passwords, per-address windows, and the abuse signals admins read.
 */
package org.notegarden.compliance.internal.abuse;
