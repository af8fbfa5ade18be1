/**
 * Where a request comes from: the client address behind trusted proxies and its country or
 * Chinese province from offline data (no lookup leaves the server), shown as the "IP location"
 * label Chinese platforms must show.
 */
package org.notegarden.compliance.internal.place;
