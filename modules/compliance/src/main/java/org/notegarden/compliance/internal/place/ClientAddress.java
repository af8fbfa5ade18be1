package org.notegarden.compliance.internal.place;

import java.util.List;
import java.util.Optional;

/**
 * Which address a request really came from. {@code X-Forwarded-For} is believed only when the
 * connection comes from a configured proxy, and then read from the right: each trusted proxy
 * appended the address it saw, so the first untrusted address from the right is the client
 * (anything further left could have been typed by the client itself).
 */
final class ClientAddress {
    private final List<Cidr> trustedProxies;

    ClientAddress(List<Cidr> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    static ClientAddress trusting(String commaSeparatedCidrs) {
        if (commaSeparatedCidrs == null || commaSeparatedCidrs.isBlank()) {
            return new ClientAddress(List.of());
        }
        return new ClientAddress(java.util.Arrays.stream(commaSeparatedCidrs.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList());
    }

    Optional<byte[]> resolve(String remoteAddress, List<String> forwardedForHeaders) {
        Optional<byte[]> remote = IpAddresses.parse(remoteAddress);
        if (remote.isEmpty() || !trusted(remote.get()) || forwardedForHeaders == null) {
            return remote;
        }
        List<String> hops = forwardedForHeaders.stream()
                .flatMap(h -> java.util.Arrays.stream(h.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        byte[] client = remote.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> hop = IpAddresses.parse(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage in the chain: stop believing it here
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return Optional.of(client);
    }

    /** Whether the directly connected peer is one of the trusted proxies. */
    boolean trustsPeer(String remoteAddress) {
        return IpAddresses.parse(remoteAddress).map(this::trusted).orElse(false);
    }

    private boolean trusted(byte[] address) {
        return trustedProxies.stream().anyMatch(c -> c.contains(address));
    }
}
