package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForwardedHttpsTest {
    @Test
    void aForwardedSchemeIsBelievedOnlyFromATrustedProxy() {
        assertTrue(ForwardedHttps.secure(false, true, "https", "auto"), "TLS ended at our proxy");
        assertFalse(ForwardedHttps.secure(false, false, "https", "auto"), "anyone can type the header");
        assertFalse(ForwardedHttps.secure(false, true, "http", "auto"));
        assertFalse(ForwardedHttps.secure(false, true, null, "auto"));
        assertTrue(ForwardedHttps.secure(false, true, "https, http", "auto"), "the first proxy met the client");
        assertTrue(ForwardedHttps.secure(true, false, null, "auto"), "TLS to this server itself");
        assertTrue(ForwardedHttps.secure(false, false, null, "always"), "the operator's switch");
    }
}
