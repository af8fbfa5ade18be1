package org.notegarden.commerce.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.SpiVersion;

class PluginCompatibilityTest {
    private static Manifest manifest(String id, String version, String spi) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) a.putValue(PluginCompatibility.ID, id);
        if (version != null) a.putValue(PluginCompatibility.VERSION, version);
        if (spi != null) a.putValue(PluginCompatibility.SPI_VERSION, spi);
        return m;
    }

    @Test
    void acceptsAPluginBuiltForAnOlderMinor() {
        var v = PluginCompatibility.check(manifest("sandbox-pay", "0.3.1", "1.0"), new SpiVersion(1, 2));
        assertEquals("sandbox-pay", v.accepted().orElseThrow().id());
    }

    @Test
    void refusalsSayWhy() {
        SpiVersion host = new SpiVersion(1, 0);
        assertTrue(PluginCompatibility.check(manifest("x-y", "1", null), host).reason().contains("must declare"));
        assertTrue(PluginCompatibility.check(manifest("Bad Id", "1", "1.0"), host).reason().contains("lower case"));
        assertTrue(PluginCompatibility.check(manifest("ok-id", "1", "1.1"), host).reason().contains("offers 1.0"));
        assertTrue(PluginCompatibility.check(manifest("ok-id", "1", "2.0"), host).reason().contains("major"));
        assertTrue(PluginCompatibility.check(manifest("ok-id", "1", "x"), host).reason().contains("not a version"));
        assertTrue(PluginCompatibility.check(null, host).accepted().isEmpty());
    }
}
