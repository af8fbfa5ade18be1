package org.notegarden.compliance.api;

/**
 * Whether a connection comes from one of the operator's reverse proxies
 * ({@code notegarden.trusted-proxies}, CIDRs). Only such a peer's forwarding headers
 * ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) are believed; anyone else could type them.
 */
public interface TrustedProxies {
    /** True when {@code remoteAddress} (an IP literal, as the servlet container reports it) is a trusted proxy. */
    boolean trusts(String remoteAddress);
}
