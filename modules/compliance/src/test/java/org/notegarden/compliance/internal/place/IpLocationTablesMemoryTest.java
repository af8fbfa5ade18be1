package org.notegarden.compliance.internal.place;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The IP location tables stay in every server's heap. They kept 27 MB: 18 MB of country ranges
 * (a start, an end and a country each) and the whole 8.7 MB ip2region file for China's provinces,
 * of which a province per run of addresses is all that is ever read.
 */
class IpLocationTablesMemoryTest {

    @Test
    void theLoadedTablesKeepLessThanTwelveMegabytes() throws InterruptedException {
        OfflineIpLocation.load(); // classes loaded; this copy is garbage below
        long before = liveHeap();
        OfflineIpLocation.Tables tables = OfflineIpLocation.load();
        long kept = liveHeap() - before;
        assertTrue(kept < 12L << 20, kept / 1048576 + " MB kept by the IP location tables");
        assertTrue(tables.countries().size() > 0); // reachable until measured
    }

    private static long liveHeap() throws InterruptedException {
        // Several collections with a pause between them: one may leave garbage that reference
        // processing frees only in the next, and it would count as kept.
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
