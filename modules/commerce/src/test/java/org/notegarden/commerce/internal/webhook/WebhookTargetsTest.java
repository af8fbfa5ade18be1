package org.notegarden.commerce.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notegarden.platform.api.ProblemException;

class WebhookTargetsTest {
    private static WebhookTargets targets(boolean allowPrivate) {
        return new WebhookTargets(new WebhookSettings(60, 24, 10, 5, allowPrivate, 10));
    }

    @Test
    void aPublicHttpsUrlIsTaken() {
        assertEquals("https://erp.example.com/hooks/notegarden?shop=1",
                targets(false).accept(" https://erp.example.com/hooks/notegarden?shop=1 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://erp.example.com/hook", "ftp://erp.example.com/", "https://localhost/hook",
            "https://127.0.0.1/hook", "https://10.0.0.8/hook", "https://169.254.169.254/latest/meta-data",
            "https://192.168.1.1/", "https://[::1]/hook", "https://user:pw@erp.example.com/", "erp.example.com/hook",
            "https://erp.example.com/hook#frag", "https://100.64.0.1/"})
    void privateInsecureOrOddUrlsAreRefusedNamingTheField(String url) {
        ProblemException p = assertThrows(ProblemException.class, () -> targets(false).accept(url));
        assertEquals(422, p.status());
        assertEquals("url", p.errors().get(0).field());
    }

    @Test
    void anOperatorMayAllowLocalReceiversForTestsAndIntranets() {
        assertEquals("http://127.0.0.1:9000/hook", targets(true).accept("http://127.0.0.1:9000/hook"));
        assertTrue(targets(true).refusal(URI.create("http://127.0.0.1:9000/hook")).isEmpty());
    }

    @Test
    void aHostResolvingToAPrivateAddressIsRefusedBeforeTheCall() throws Exception {
        assertTrue(targets(false).refusal(URI.create("https://localhost/hook")).isPresent());
        assertTrue(WebhookTargets.isPrivate(InetAddress.getByName("fd00::1")));
        assertFalse(WebhookTargets.isPrivate(InetAddress.getByName("93.184.216.34")));
    }
}
