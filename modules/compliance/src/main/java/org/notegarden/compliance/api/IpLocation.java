package org.notegarden.compliance.api;

import java.util.Locale;

/**
 * IP location from offline data (DB-IP country lite, ip2region for Chinese provinces). The
 * request's address is read honouring {@code X-Forwarded-For} only from configured proxies;
 * the address itself is never stored or returned, only the place derived from it.
 */
public interface IpLocation {
    /** The current request's place at full precision (province inside China); unknown outside a request. */
    Place ofCurrentRequest();

    /**
     * An opaque key for the current request's client address (after trusted proxies), for rate
     * limits and de-duplication kept in memory; empty outside a request. Not the address itself.
     */
    java.util.Optional<String> currentClientKey();

    /** An address literal's place (no DNS lookups). */
    Place locate(String address);

    /** The place as the label to store with content: trimmed to what the place's region policy displays. */
    Place forDisplay(Place place);

    /** "Guangdong" / "广东", "France" / "法国"; {@code null} for unknown. */
    String name(Place place, Locale locale);
}
