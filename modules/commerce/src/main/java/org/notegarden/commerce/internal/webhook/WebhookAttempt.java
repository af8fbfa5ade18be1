package org.notegarden.commerce.internal.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try of a delivery, as the delivery log shows it: when, the HTTP status (or why none), how long. */
@Entity
@Table(name = "co_webhook_attempt")
public class WebhookAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_webhook_attempt")
    @SequenceGenerator(name = "co_webhook_attempt", sequenceName = "co_webhook_attempt_seq", allocationSize = 1)
    private Long id;
    @Column(name = "delivery_id", nullable = false, updatable = false)
    private long deliveryId;
    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;
    @Column(updatable = false)
    private Integer status;
    @Column(updatable = false)
    private String error;
    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    protected WebhookAttempt() {
    }

    WebhookAttempt(long deliveryId, Instant attemptedAt, Integer status, String error, long durationMs) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.status = status;
        this.error = error == null ? null : error.substring(0, Math.min(500, error.length()));
        this.durationMs = durationMs;
    }

    public Long getId() { return id; }
    public long getDeliveryId() { return deliveryId; }
    public Instant getAttemptedAt() { return attemptedAt; }
    public Integer getStatus() { return status; }
    public String getError() { return error; }
    public long getDurationMs() { return durationMs; }
}
