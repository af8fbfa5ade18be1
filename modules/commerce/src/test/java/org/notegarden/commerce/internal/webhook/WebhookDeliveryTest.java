package org.notegarden.commerce.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
    private static final Instant T0 = Instant.parse("2026-12-03T00:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void theWaitDoublesFromTheFirstAndStopsAtFourHours() {
        assertEquals(MINUTE, WebhookDelivery.waitAfter(1, MINUTE));
        assertEquals(Duration.ofMinutes(2), WebhookDelivery.waitAfter(2, MINUTE));
        assertEquals(Duration.ofMinutes(128), WebhookDelivery.waitAfter(8, MINUTE));
        assertEquals(Duration.ofHours(4), WebhookDelivery.waitAfter(9, MINUTE));
        assertEquals(Duration.ofHours(4), WebhookDelivery.waitAfter(200, MINUTE));
    }

    @Test
    void aTwoHundredDeliversAndEndsTheRetries() {
        WebhookDelivery d = new WebhookDelivery(1, "e1", null, T0, Duration.ofHours(24));
        d.tried(500, "HTTP 500", T0, MINUTE);
        assertEquals(WebhookDelivery.State.PENDING, d.getState());
        assertEquals(T0.plus(MINUTE), d.getNextAttemptAt());
        d.tried(204, null, T0.plus(MINUTE), MINUTE);
        assertEquals(WebhookDelivery.State.DELIVERED, d.getState());
        assertEquals(T0.plus(MINUTE), d.getDeliveredAt());
        assertEquals(2, d.getAttempts());
        assertNull(d.getLastError());
    }

    @Test
    void aReceiverThatNeverAnswersIsRetriedForADayThenGivenUp() {
        WebhookDelivery d = new WebhookDelivery(1, "e1", null, T0, Duration.ofHours(24));
        Instant now = T0;
        while (d.getState() == WebhookDelivery.State.PENDING) {
            now = d.getNextAttemptAt();
            d.tried(null, "no answer: ConnectException", now, MINUTE);
        }
        assertEquals(WebhookDelivery.State.FAILED, d.getState());
        assertTrue(!now.isAfter(T0.plus(Duration.ofHours(24))), "no try after the day: " + now);
        assertTrue(now.isAfter(T0.plus(Duration.ofHours(20))), "tries go on for most of the day: " + now);
        // tries at 0, 1, 3, 7, 15, 31, 63, 127 and 255 minutes, then every 4 hours: 8h15 … 20h15
        assertEquals(13, d.getAttempts());
    }
}
