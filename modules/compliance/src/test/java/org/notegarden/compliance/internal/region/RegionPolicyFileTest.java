package org.notegarden.compliance.internal.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.notegarden.compliance.api.RegionPolicy;

/** The shipped config/region-policies.properties parses, and a broken file names its key. */
class RegionPolicyFileTest {
    private static Properties shipped() throws IOException {
        Properties p = new Properties();
        try (var r = new InputStreamReader(RegionPolicyFileTest.class.getResourceAsStream(ConfiguredRegionPolicies.BUILT_IN),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void shippedPoliciesCoverTheServedRegions() throws IOException {
        RegionPolicyFile.Parsed parsed = RegionPolicyFile.parse(shipped());
        assertEquals(java.util.Set.of("CN", "US", "EU", "UK", "TH", "DEFAULT"), parsed.byId().keySet());
        assertEquals("EU", parsed.regionOfCountry().get("FR"));
        assertEquals("UK", parsed.regionOfCountry().get("GB"));
        RegionPolicy cn = parsed.byId().get("CN");
        assertEquals(RegionPolicy.IpLocationDisplay.PROVINCE, cn.ipLocationDisplay());
        assertEquals("广告", cn.label("sponsored", "zh"));
        assertFalse(parsed.byId().get("EU").personalisedFeedByDefault());
        assertTrue(parsed.byId().values().stream().allMatch(p -> p.appealWindowDays() >= 180));
    }

    @Test
    void aBrokenKeyIsNamed() throws IOException {
        Properties p = shipped();
        p.setProperty("region.US.minimum-age", "thirteen");
        var e = assertThrows(IllegalArgumentException.class, () -> RegionPolicyFile.parse(p));
        assertTrue(e.getMessage().contains("region.US.minimum-age"), e.getMessage());
        Properties twice = shipped();
        twice.setProperty("region.TH.countries", "TH,FR");
        assertThrows(IllegalArgumentException.class, () -> RegionPolicyFile.parse(twice));
    }
}
