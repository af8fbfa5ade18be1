package org.notegarden.commerce.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    @Test
    void signsTimestampDotBodyWithHmacSha256AsStripeDoes() {
        // The expected value is Python's: hmac.new(b'whsec_test', b'1733200000.{"id":"e1"}', sha256).hexdigest()
        assertEquals("t=1733200000,v1=bf69a57ba085771c3728450c32579c4764436098ea49897824b3fc4f9fd1bc18",
                WebhookSignature.header("whsec_test", 1733200000L, "{\"id\":\"e1\"}"));
    }

    @Test
    void aChangedBodyOrTimestampChangesTheSignature() {
        String signed = WebhookSignature.header("whsec_test", 1733200000L, "{\"id\":\"e1\"}");
        assertNotEquals(signed.substring(signed.indexOf("v1=")),
                WebhookSignature.header("whsec_test", 1733200000L, "{\"id\":\"e2\"}").substring(signed.indexOf("v1=")));
        assertNotEquals(signed, WebhookSignature.header("whsec_test", 1733200001L, "{\"id\":\"e1\"}"));
    }

    @Test
    void secretsAreLongRandomAndRecognisable() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_") && a.length() >= 6 + 43, a);
        assertNotEquals(a, b);
    }
}
