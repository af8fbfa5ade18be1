package org.notegarden.commerce.internal.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What happened, as every endpoint receives it: the JSON body is fixed when the event is written,
 * so a retry or a replay sends the very bytes the first try did.
 */
@Entity
@Table(name = "co_webhook_event")
public class WebhookEvent {
    @Id
    @Column(name = "event_id", updatable = false)
    private String eventId;
    @Column(nullable = false, updatable = false)
    private String type;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(nullable = false, updatable = false, length = 16000)
    private String payload;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WebhookEvent() {
    }

    WebhookEvent(String eventId, WebhookEventType type, long shopId, String payload, Instant createdAt) {
        this.eventId = eventId;
        this.type = type.wireName();
        this.shopId = shopId;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public String getEventId() { return eventId; }
    public String getType() { return type; }
    public long getShopId() { return shopId; }
    public String getPayload() { return payload; }
    public Instant getCreatedAt() { return createdAt; }
}
