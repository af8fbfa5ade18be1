package org.notegarden.commerce.internal.webhook;

import java.time.Instant;
import java.util.List;
import org.notegarden.platform.api.EnumValues;

/** What the webhook API answers. The secret appears once, in {@link CreatedEndpoint}; lists show its last characters. */
public final class WebhookViews {
    private WebhookViews() {
    }

    /** An endpoint as its owner sees it. {@code events} are wire names such as {@code order.paid}. */
    public record EndpointView(long id, String url, String description, List<String> events, boolean active,
                               String secretEnding, Instant createdAt) {
        static EndpointView of(WebhookEndpoint e) {
            String s = e.getSecret();
            return new EndpointView(e.getId(), e.getUrl(), e.getDescription(), wireNames(e), e.isActive(),
                    s.substring(s.length() - 4), e.getCreatedAt());
        }
    }

    /** A new endpoint with its signing secret: the only answer that carries it, so keep it now. */
    public record CreatedEndpoint(long id, String url, String description, List<String> events, boolean active,
                                  String secret, Instant createdAt) {
        static CreatedEndpoint of(WebhookEndpoint e) {
            return new CreatedEndpoint(e.getId(), e.getUrl(), e.getDescription(), wireNames(e), e.isActive(), e.getSecret(),
                    e.getCreatedAt());
        }
    }

    /** One delivery in the log: its state, how many tries, the last answer and when it is tried next. */
    public record DeliveryView(long id, String eventId, String eventType,
                               @EnumValues(WebhookDelivery.State.class) String state, int attempts, Integer lastStatus,
                               String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
                               Instant deliveredAt, Long replayOf) {
        static DeliveryView of(WebhookDelivery d, String eventType) {
            boolean pending = d.getState() == WebhookDelivery.State.PENDING;
            return new DeliveryView(d.getId(), d.getEventId(), eventType, d.getState().name(), d.getAttempts(),
                    d.getLastStatus(), d.getLastError(), d.getCreatedAt(), d.getLastAttemptAt(),
                    pending ? d.getNextAttemptAt() : null, d.getDeliveredAt(), d.getReplayOf());
        }
    }

    /** One try: when, the status (absent when nothing answered), why it failed, how long it took. */
    public record AttemptView(Instant at, Integer status, String error, long durationMs) {
        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.getAttemptedAt(), a.getStatus(), a.getError(), a.getDurationMs());
        }
    }

    /** A delivery with the exact body that was sent and every try. */
    public record DeliveryDetail(DeliveryView delivery, String body, List<AttemptView> attempts) {
    }

    private static List<String> wireNames(WebhookEndpoint e) {
        return e.eventTypes().stream().map(WebhookEventType::wireName).toList();
    }
}
