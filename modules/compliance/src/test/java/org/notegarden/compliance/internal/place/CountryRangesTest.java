package org.notegarden.compliance.internal.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tables keep only where runs start: gaps, the ends and the order of the data matter. */
class CountryRangesTest {

    private static CountryRanges load(String ipv4, String ipv6) {
        CountryRanges r = new CountryRanges();
        r.loadIpv4Numbers(new ByteArrayInputStream(ipv4.getBytes(StandardCharsets.US_ASCII)));
        r.loadIpv6Literals(new ByteArrayInputStream(ipv6.getBytes(StandardCharsets.US_ASCII)));
        r.trim();
        return r;
    }

    private static Optional<String> country(CountryRanges r, String ip) {
        return r.country(IpAddresses.parse(ip).orElseThrow());
    }

    @Test
    void addressesInGapsBeforeAndAfterTheRangesHaveNoCountry() {
        // 1.0.0.0–1.0.0.255 AU, 1.0.1.0–1.0.1.255 AU (merged), gap, 1.0.4.0–1.0.4.255 CN, unknown (ZZ), then nothing
        CountryRanges r = load("16777216,16777471,AU\n16777472,16777727,AU\n16778240,16778495,CN\n16778496,16778751,ZZ\n",
                "2001:db8::,2001:db8:0:ffff:ffff:ffff:ffff:ffff,FR\n2001:db8:2::,2001:db8:2::ff,DE\n");
        assertEquals(4, r.size(), "the two AU lines are one range, ZZ is none: AU, CN, FR, DE");
        assertEquals(Optional.empty(), country(r, "0.255.255.255"));
        assertEquals(Optional.of("AU"), country(r, "1.0.0.0"));
        assertEquals(Optional.of("AU"), country(r, "1.0.1.255"));
        assertEquals(Optional.empty(), country(r, "1.0.2.0"));
        assertEquals(Optional.of("CN"), country(r, "1.0.4.255"));
        assertEquals(Optional.empty(), country(r, "1.0.5.0"), "ZZ is no country");
        assertEquals(Optional.empty(), country(r, "255.255.255.255"));
        assertEquals(Optional.of("FR"), country(r, "2001:db8:0:ffff:ffff:ffff:ffff:ffff"));
        assertEquals(Optional.empty(), country(r, "2001:db8:1::"));
        assertEquals(Optional.of("DE"), country(r, "2001:db8:2::ff"));
        assertEquals(Optional.empty(), country(r, "2001:db8:2::100"));
        assertEquals(Optional.empty(), country(r, "::2"));
    }

    @Test
    void rangesReachingTheTopOfTheAddressSpaceHoldToTheLastAddress() {
        CountryRanges r = load("4294967040,4294967295,US\n", "ffff::,ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,JP\n");
        assertEquals(Optional.of("US"), country(r, "255.255.255.255"));
        assertEquals(Optional.of("JP"), country(r, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertEquals(Optional.empty(), country(r, "255.255.254.255"));
    }

    @Test
    void dataOutOfOrderIsRefusedRatherThanSearchedWrongly() {
        CountryRanges r = new CountryRanges();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.loadIpv4Numbers(
                new ByteArrayInputStream("16778240,16778495,CN\n16777216,16777471,AU\n".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("IP ranges out of order at 0:1000000", e.getMessage());
    }
}
