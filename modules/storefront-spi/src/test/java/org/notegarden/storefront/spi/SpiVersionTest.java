package org.notegarden.storefront.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiVersionTest {
    @Test
    void hostAcceptsSameMajorAndOlderOrEqualMinor() {
        SpiVersion host = new SpiVersion(1, 3);
        assertTrue(host.canHost(new SpiVersion(1, 0)));
        assertTrue(host.canHost(new SpiVersion(1, 3)));
        assertFalse(host.canHost(new SpiVersion(1, 4)), "newer minor may use what the host lacks");
        assertFalse(host.canHost(new SpiVersion(2, 0)));
        assertFalse(host.canHost(new SpiVersion(0, 9)));
    }

    @Test
    void parsesWithOptionalPatch() {
        assertEquals(new SpiVersion(1, 2), SpiVersion.parse("1.2"));
        assertEquals(new SpiVersion(1, 2), SpiVersion.parse(" 1.2.7 "));
        assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse("1"));
        assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse("one.two"));
        assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse("-1.0"));
    }
}
