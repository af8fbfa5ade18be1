package org.notegarden.compliance.internal.place;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Address literals as numbers: IPv4 in the low 32 bits of a long, IPv6 as two longs. */
final class IpAddresses {
    // Compiled once: String.matches compiled both on every request (0.9 % of a note page's CPU, async-profiler).
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private IpAddresses() {
    }

    /**
     * Parses a literal without ever resolving a name (anything with a letter outside hex digits
     * and no colon is refused before InetAddress sees it).
     */
    static Optional<byte[]> parse(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        String s = literal.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int zone = s.indexOf('%');
        if (zone > 0) {
            s = s.substring(0, zone);
        }
        boolean v6 = s.indexOf(':') >= 0;
        if (s.isEmpty() || !(v6 ? IPV6_CHARACTERS : IPV4).matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(s).getAddress();
            return Optional.of(unmapIpv4(bytes));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** ::ffff:a.b.c.d is IPv4. */
    private static byte[] unmapIpv4(byte[] b) {
        if (b.length != 16) {
            return b;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return b;
            }
        }
        if (b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        return b;
    }

    static long ipv4(byte[] b) {
        return ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
    }

    static long high(byte[] b16) {
        return word(b16, 0);
    }

    static long low(byte[] b16) {
        return word(b16, 8);
    }

    private static long word(byte[] b, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) {
            v = (v << 8) | (b[i] & 0xffL);
        }
        return v;
    }
}
