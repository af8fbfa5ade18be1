package org.notegarden.compliance.internal.place;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.LiveHeap;

/**
 * The IP location tables stay in every server's heap. They kept 27 MB: 18 MB of country ranges
 * (a start, an end and a country each) and the whole 8.7 MB ip2region file for China's provinces,
 * of which a province per run of addresses is all that is ever read.
 */
class IpLocationTablesMemoryTest {

    @Test
    void theLoadedTablesKeepLessThanTwelveMegabytes() {
        OfflineIpLocation.load(); // classes loaded; this copy is garbage below
        long before = LiveHeap.bytes();
        OfflineIpLocation.Tables tables = OfflineIpLocation.load();
        long kept = LiveHeap.bytes() - before;
        assertTrue(kept < 12L << 20, kept / 1048576 + " MB kept by the IP location tables");
        assertTrue(tables.countries().size() > 0); // reachable until measured
    }
}
