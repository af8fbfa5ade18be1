/**
 * Community's side of privacy rights: its part of a data export (everything the person wrote,
 * uploaded and did, and what was observed about them), and erasure of the account on request.
 */
package org.notegarden.community.internal.privacy;
