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
 * searched by bisection. DB-IP's ranges follow one another with a dozen gaps in 700,000, so only
 * where a run of addresses starts is kept, with its country or {@link #NONE} for a gap: 6 bytes an
 * IPv4 range (an unsigned int) and 18 an IPv6 one (two unsigned 64-bit halves), where a start, an
 * end and a country took 18 and 34 (the tables live in every server's heap). Adjacent ranges of
 * one country are merged on load (DB-IP ships them merged; a replacement data set may not). The
 * data must be in ascending order, as DB-IP ships it; a file out of order is refused on load.
 */
final class CountryRanges {
    /** The country of a gap between ranges: no country known. */
    private static final short NONE = -1;

    private final List<String> countries = new ArrayList<>();
    private final Map<String, Short> countryIndex = new HashMap<>();

    private final Runs v4 = new Runs(false);
    private final Runs v6 = new Runs(true);

    /** Reads "start,end,CC" with decimal IPv4 numbers (dbip-country-ipv4-num.csv). */
    void loadIpv4Numbers(InputStream in) {
        forEachLine(in, (a, b, cc) -> v4.add(0, Long.parseLong(a), 0, Long.parseLong(b), indexOf(cc)));
    }

    /** Reads "start,end,CC" with IPv6 literals (dbip-country-ipv6.csv). */
    void loadIpv6Literals(InputStream in) {
        forEachLine(in, (a, b, cc) -> {
            byte[] s = IpAddresses.parse(a).orElseThrow();
            byte[] e = IpAddresses.parse(b).orElseThrow();
            if (s.length == 16 && e.length == 16) {
                v6.add(IpAddresses.high(s), IpAddresses.low(s), IpAddresses.high(e), IpAddresses.low(e), indexOf(cc));
            }
        });
    }

    /** Closes the last range and drops the spare capacity left by growing the arrays while loading. */
    void trim() {
        v4.finish();
        v6.finish();
    }

    /** Bytes held by the tables' arrays. */
    long bytes() {
        return v4.bytes() + v6.bytes();
    }

    Optional<String> country(byte[] address) {
        short c = address.length == 4 ? v4.countryAt(0, IpAddresses.ipv4(address))
                : v6.countryAt(IpAddresses.high(address), IpAddresses.low(address));
        return c == NONE ? Optional.empty() : Optional.of(countries.get(c));
    }

    /** Ranges loaded, after merging (gaps not counted). */
    int size() {
        return v4.ranges + v6.ranges;
    }

    /**
     * Where each run of addresses starts, in ascending unsigned order, with its country; a run
     * lasts until the next one starts. IPv4 starts are kept as ints, IPv6 starts as two halves.
     */
    private static final class Runs {
        private final boolean ipv6;
        private int[] startInt = new int[0];
        private long[] startHi = new long[0];
        private long[] startLo = new long[0];
        private short[] country = new short[0];
        private int size;
        private int ranges;
        private boolean open;
        private long endHi;
        private long endLo;

        Runs(boolean ipv6) {
            this.ipv6 = ipv6;
        }

        void add(long sh, long sl, long eh, long el, short c) {
            if (open && compare(sh, sl, endHi, endLo) <= 0) {
                throw new IllegalArgumentException("IP ranges out of order at " + Long.toUnsignedString(sh, 16) + ":"
                        + Long.toUnsignedString(sl, 16));
            }
            boolean adjacent = open && follows(endHi, endLo, sh, sl);
            if (adjacent && country[size - 1] == c) {
                endHi = eh;
                endLo = el;
                return;
            }
            if (open && !adjacent) {
                appendAfterEnd();
            }
            append(sh, sl, c);
            ranges++;
            open = true;
            endHi = eh;
            endLo = el;
        }

        /** Marks where the last range ends, unless it reaches the top of the address space, and trims the arrays. */
        void finish() {
            boolean atTop = ipv6 ? endHi == -1L && endLo == -1L : endLo == 0xFFFF_FFFFL;
            if (open && !atTop) {
                appendAfterEnd();
            }
            open = false;
            startInt = Arrays.copyOf(startInt, ipv6 ? 0 : size);
            startHi = Arrays.copyOf(startHi, ipv6 ? size : 0);
            startLo = Arrays.copyOf(startLo, ipv6 ? size : 0);
            country = Arrays.copyOf(country, size);
        }

        /** The country of the last run starting at or before the address; NONE before the first. */
        short countryAt(long h, long l) {
            int lo = 0;
            int hi = size - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = ipv6 ? compare(h, l, startHi[mid], startLo[mid]) : Long.compare(l, Integer.toUnsignedLong(startInt[mid]));
                if (c >= 0) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found < 0 ? NONE : country[found];
        }

        long bytes() {
            return startInt.length * 4L + startHi.length * 8L + startLo.length * 8L + country.length * 2L;
        }

        /** A gap starts one past the open range's end. */
        private void appendAfterEnd() {
            long nextLo = endLo + 1;
            append(nextLo == 0 ? endHi + 1 : endHi, nextLo, NONE);
        }

        private void append(long sh, long sl, short c) {
            if (size == country.length) {
                int n = Math.max(1024, size * 2);
                country = Arrays.copyOf(country, n);
                if (ipv6) {
                    startHi = Arrays.copyOf(startHi, n);
                    startLo = Arrays.copyOf(startLo, n);
                } else {
                    startInt = Arrays.copyOf(startInt, n);
                }
            }
            if (ipv6) {
                startHi[size] = sh;
                startLo[size] = sl;
            } else {
                startInt[size] = (int) sl;
            }
            country[size++] = c;
        }
    }

    private static int compare(long h1, long l1, long h2, long l2) {
        int c = Long.compareUnsigned(h1, h2);
        return c != 0 ? c : Long.compareUnsigned(l1, l2);
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
