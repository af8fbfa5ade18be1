package org.notegarden.compliance.internal.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DB-IP's IP-to-country lite ranges (CC BY 4.0, db-ip.com) held as sorted primitive arrays and
 * searched by bisection. Adjacent ranges of one country are merged on load (DB-IP ships them
 * merged; a replacement data set may not). IPv6 numbers are kept as two unsigned 64-bit halves.
 */
final class CountryRanges {
    private final List<String> countries = new ArrayList<>();
    private final Map<String, Short> countryIndex = new HashMap<>();

    private long[] v4Start = new long[0];
    private long[] v4End = new long[0];
    private short[] v4Country = new short[0];
    private int v4Size;

    private long[] v6StartHi = new long[0];
    private long[] v6StartLo = new long[0];
    private long[] v6EndHi = new long[0];
    private long[] v6EndLo = new long[0];
    private short[] v6Country = new short[0];
    private int v6Size;

    /** Reads "start,end,CC" with decimal IPv4 numbers (dbip-country-ipv4-num.csv). */
    void loadIpv4Numbers(InputStream in) {
        forEachLine(in, (a, b, cc) -> addIpv4(Long.parseLong(a), Long.parseLong(b), cc));
    }

    /** Reads "start,end,CC" with IPv6 literals (dbip-country-ipv6.csv). */
    void loadIpv6Literals(InputStream in) {
        forEachLine(in, (a, b, cc) -> {
            byte[] s = IpAddresses.parse(a).orElseThrow();
            byte[] e = IpAddresses.parse(b).orElseThrow();
            if (s.length == 16 && e.length == 16) {
                addIpv6(IpAddresses.high(s), IpAddresses.low(s), IpAddresses.high(e), IpAddresses.low(e), cc);
            }
        });
    }

    /** Drops the spare capacity left by growing the arrays while loading. */
    void trim() {
        v4Start = Arrays.copyOf(v4Start, v4Size);
        v4End = Arrays.copyOf(v4End, v4Size);
        v4Country = Arrays.copyOf(v4Country, v4Size);
        v6StartHi = Arrays.copyOf(v6StartHi, v6Size);
        v6StartLo = Arrays.copyOf(v6StartLo, v6Size);
        v6EndHi = Arrays.copyOf(v6EndHi, v6Size);
        v6EndLo = Arrays.copyOf(v6EndLo, v6Size);
        v6Country = Arrays.copyOf(v6Country, v6Size);
    }

    /** Bytes held by the tables: 18 per IPv4 range, 34 per IPv6 range. */
    long bytes() {
        return v4Size * 18L + v6Size * 34L;
    }

    Optional<String> country(byte[] address) {
        int i = address.length == 4 ? findIpv4(IpAddresses.ipv4(address))
                : findIpv6(IpAddresses.high(address), IpAddresses.low(address));
        if (i < 0) {
            return Optional.empty();
        }
        short c = address.length == 4 ? v4Country[i] : v6Country[i];
        return Optional.of(countries.get(c));
    }

    int size() {
        return v4Size + v6Size;
    }

    private int findIpv4(long ip) {
        int lo = 0;
        int hi = v4Size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ip < v4Start[mid]) {
                hi = mid - 1;
            } else if (ip > v4End[mid]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int findIpv6(long h, long l) {
        int lo = 0;
        int hi = v6Size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(h, l, v6StartHi[mid], v6StartLo[mid]) < 0) {
                hi = mid - 1;
            } else if (compare(h, l, v6EndHi[mid], v6EndLo[mid]) > 0) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static int compare(long h1, long l1, long h2, long l2) {
        int c = Long.compareUnsigned(h1, h2);
        return c != 0 ? c : Long.compareUnsigned(l1, l2);
    }

    private void addIpv4(long start, long end, String cc) {
        short c = indexOf(cc);
        if (v4Size > 0 && v4Country[v4Size - 1] == c && v4End[v4Size - 1] + 1 == start) {
            v4End[v4Size - 1] = end;
            return;
        }
        if (v4Size == v4Start.length) {
            int n = Math.max(1024, v4Size * 2);
            v4Start = Arrays.copyOf(v4Start, n);
            v4End = Arrays.copyOf(v4End, n);
            v4Country = Arrays.copyOf(v4Country, n);
        }
        v4Start[v4Size] = start;
        v4End[v4Size] = end;
        v4Country[v4Size++] = c;
    }

    private void addIpv6(long sh, long sl, long eh, long el, String cc) {
        short c = indexOf(cc);
        if (v6Size > 0 && v6Country[v6Size - 1] == c && follows(v6EndHi[v6Size - 1], v6EndLo[v6Size - 1], sh, sl)) {
            v6EndHi[v6Size - 1] = eh;
            v6EndLo[v6Size - 1] = el;
            return;
        }
        if (v6Size == v6StartHi.length) {
            int n = Math.max(1024, v6Size * 2);
            v6StartHi = Arrays.copyOf(v6StartHi, n);
            v6StartLo = Arrays.copyOf(v6StartLo, n);
            v6EndHi = Arrays.copyOf(v6EndHi, n);
            v6EndLo = Arrays.copyOf(v6EndLo, n);
            v6Country = Arrays.copyOf(v6Country, n);
        }
        v6StartHi[v6Size] = sh;
        v6StartLo[v6Size] = sl;
        v6EndHi[v6Size] = eh;
        v6EndLo[v6Size] = el;
        v6Country[v6Size++] = c;
    }

    /** Whether (sh, sl) is exactly one past (eh, el). */
    private static boolean follows(long eh, long el, long sh, long sl) {
        long nextLo = el + 1;
        long nextHi = nextLo == 0 ? eh + 1 : eh;
        return nextHi == sh && nextLo == sl;
    }

    private short indexOf(String cc) {
        return countryIndex.computeIfAbsent(cc, k -> {
            countries.add(k);
            return (short) (countries.size() - 1);
        });
    }

    private interface RangeLine {
        void accept(String start, String end, String country);
    }

    private static void forEachLine(InputStream in, RangeLine sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                int c1 = line.indexOf(',');
                int c2 = line.indexOf(',', c1 + 1);
                if (c1 < 0 || c2 < 0) {
                    continue;
                }
                String cc = line.substring(c2 + 1).trim();
                if (cc.length() == 2 && !"ZZ".equals(cc)) {
                    sink.accept(line.substring(0, c1), line.substring(c1 + 1, c2), cc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
