package org.notegarden.compliance.internal.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real build-time data: DB-IP countries and ip2region provinces for well-known resolvers. */
class IpDataTest {
    static CountryRanges countries;
    static Ip2RegionFile provinceFile;
    static ProvinceRanges provinces;

    @BeforeAll
    static void load() throws IOException {
        countries = new CountryRanges();
        try (InputStream v4 = open("dbip-country-ipv4-num.csv"); InputStream v6 = open("dbip-country-ipv6.csv");
             InputStream cn = open("ip2region.db")) {
            countries.loadIpv4Numbers(v4);
            countries.loadIpv6Literals(v6);
            provinceFile = new Ip2RegionFile(cn.readAllBytes());
            provinces = ProvinceRanges.of(provinceFile);
        }
        countries.trim();
    }

    private static InputStream open(String name) {
        return IpDataTest.class.getResourceAsStream(OfflineIpLocation.DATA + name);
    }

    private static Optional<String> country(String ip) {
        return countries.country(IpAddresses.parse(ip).orElseThrow());
    }

    @Test
    void countriesOfWellKnownAddresses() {
        assertEquals(Optional.of("CN"), country("114.114.114.114"));
        assertEquals(Optional.of("US"), country("8.8.8.8"));
        assertEquals(Optional.of("CN"), country("240e:1::1"));
        assertEquals(Optional.of("FR"), country("2a00:1450:300::1"));
        assertEquals(Optional.of("CN"), country("::ffff:114.114.114.114"));
        assertEquals(Optional.empty(), country("127.0.0.1"));
        assertEquals(Optional.empty(), country("10.1.2.3"));
    }

    @Test
    void chineseProvinces() {
        assertEquals(Optional.of(ChinaProvince.JS), province("114.114.114.114"));
        assertEquals(Optional.of(ChinaProvince.GD), province("202.96.128.86"));
        assertEquals(Optional.of(ChinaProvince.SH), province("61.129.0.1"));
        assertEquals(Optional.empty(), province("8.8.8.8"));
    }

    /**
     * The tables stay in every server's heap: 701,668 ranges took 18 MB as start, end and country
     * (26 bytes a range) though DB-IP's ranges follow each other with a dozen gaps in all.
     */
    @Test
    void theTablesKeepAtMostTwelveBytesARange() {
        double perRange = (double) countries.bytes() / countries.size();
        assertTrue(perRange <= 12, perRange + " bytes a range");
    }

    /** Every line of the data, checked at its first and last address and one past its end. */
    @Test
    void everyRangeOfTheDataIsFoundAtBothEnds() throws IOException {
        int checked = 0;
        for (String file : List.of("dbip-country-ipv4-num.csv", "dbip-country-ipv6.csv")) {
            List<String[]> lines;
            try (InputStream in = open(file)) {
                lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).lines()
                        .map(l -> l.split(",")).toList();
            }
            for (int i = 0; i < lines.size(); i++) {
                String[] l = lines.get(i);
                byte[] start = address(l[0]);
                byte[] end = address(l[1]);
                Optional<String> expected = "ZZ".equals(l[2]) ? Optional.empty() : Optional.of(l[2]);
                assertEquals(expected, countries.country(start), l[0]);
                assertEquals(expected, countries.country(end), l[1]);
                java.math.BigInteger next = new java.math.BigInteger(1, end).add(java.math.BigInteger.ONE);
                boolean followedByNextLine = i + 1 < lines.size() && next.equals(new java.math.BigInteger(1, address(lines.get(i + 1)[0])));
                if (!followedByNextLine && next.bitLength() <= end.length * 8) {
                    assertEquals(Optional.empty(), countries.country(bytes(next, end.length)), "one past " + l[1]);
                }
                checked++;
            }
        }
        assertTrue(checked > 700_000, checked + " ranges");
    }

    /** Every entry of ip2region's file gives, at its first and last address, the province its record names. */
    @Test
    void everyEntryOfTheProvinceFileIsFoundAtBothEnds() {
        int[] checked = {0};
        provinceFile.forEachEntry((start, end, pointer) -> {
            String record = provinceFile.record(pointer);
            String[] f = record.split("\\|", -1);
            Optional<ChinaProvince> expected = f.length >= 3 && "中国".equals(f[0]) ? ChinaProvince.ofIp2RegionName(f[2]) : Optional.empty();
            assertEquals(expected, provinces.of(start), record);
            assertEquals(expected, provinces.of(end), record);
            checked[0]++;
        });
        assertTrue(checked[0] > 600_000, checked[0] + " entries");
        assertTrue(provinces.bytes() < 1 << 20, provinces.bytes() + " bytes");
    }

    /** The IPv4 file has decimal numbers, the IPv6 file literals. */
    private static byte[] address(String text) {
        return text.indexOf(':') >= 0 ? IpAddresses.parse(text).orElseThrow() : bytes(new java.math.BigInteger(text), 4);
    }

    private static byte[] bytes(java.math.BigInteger n, int length) {
        byte[] raw = n.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }

    private static Optional<ChinaProvince> province(String ip) {
        return provinces.of(IpAddresses.ipv4(IpAddresses.parse(ip).orElseThrow()));
    }

    @Test
    void forwardedForIsBelievedOnlyFromTrustedProxies() {
        ClientAddress trustingLoopback = ClientAddress.trusting("127.0.0.1/32, 10.0.0.0/8");
        byte[] viaProxies = trustingLoopback.resolve("127.0.0.1", List.of("6.6.6.6, 8.8.8.8", "10.0.0.7")).orElseThrow();
        assertEquals("8.8.8.8", dotted(viaProxies), "first untrusted hop from the right");
        byte[] direct = trustingLoopback.resolve("203.0.113.9", List.of("8.8.8.8")).orElseThrow();
        assertEquals("203.0.113.9", dotted(direct), "a client cannot claim an address");
        byte[] nobodyTrusted = ClientAddress.trusting("").resolve("127.0.0.1", List.of("8.8.8.8")).orElseThrow();
        assertEquals("127.0.0.1", dotted(nobodyTrusted));
        assertTrue(IpAddresses.parse("example.org").isEmpty(), "names are never resolved");
    }

    @Test
    void cidrPrefixes() {
        Cidr net = Cidr.parse("192.168.4.0/22");
        assertTrue(net.contains(IpAddresses.parse("192.168.7.255").orElseThrow()));
        assertTrue(!net.contains(IpAddresses.parse("192.168.8.0").orElseThrow()));
        assertTrue(Cidr.parse("::1").contains(IpAddresses.parse("::1").orElseThrow()));
    }

    private static String dotted(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
}
