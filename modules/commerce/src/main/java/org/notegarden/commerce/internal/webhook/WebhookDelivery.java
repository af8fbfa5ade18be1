package org.notegarden.commerce.internal.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One event on its way to one endpoint. It is tried until the endpoint answers 2xx; after each
 * failure the wait doubles (from the first-retry wait, at most {@link #LONGEST_WAIT}), and once
 * the next try would fall after {@code giveUpAt} (a day after the event, by default) it is
 * FAILED. A replay is a new delivery of the same event, so the log keeps both.
 */
@Entity
@Table(name = "co_webhook_delivery")
public class WebhookDelivery {
    /** The longest wait between two tries, so a day of retries still holds a try every few hours. */
    static final Duration LONGEST_WAIT = Duration.ofHours(4);

    public enum State { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_webhook_delivery")
    @SequenceGenerator(name = "co_webhook_delivery", sequenceName = "co_webhook_delivery_seq", allocationSize = 1)
    private Long id;
    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private long endpointId;
    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "give_up_at", nullable = false)
    private Instant giveUpAt;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "replay_of", updatable = false)
    private Long replayOf;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long endpointId, String eventId, Long replayOf, Instant now, Duration retryFor) {
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.replayOf = replayOf;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
        this.giveUpAt = now.plus(retryFor);
        this.createdAt = now;
    }

    void claim(Instant until) {
        claimedUntil = until;
    }

    /** The endpoint answered (status) or did not (null status, with the reason). */
    void tried(Integer status, String error, Instant now, Duration firstWait) {
        attempts++;
        lastStatus = status;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        lastAttemptAt = now;
        claimedUntil = null;
        if (status != null && status >= 200 && status < 300) {
            state = State.DELIVERED;
            deliveredAt = now;
            return;
        }
        Instant next = now.plus(waitAfter(attempts, firstWait));
        if (next.isAfter(giveUpAt)) {
            state = State.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    /** first, 2×first, 4×first … never more than {@link #LONGEST_WAIT}. */
    static Duration waitAfter(int failedAttempts, Duration firstWait) {
        int doublings = Math.min(failedAttempts - 1, 30);
        long seconds = firstWait.getSeconds() << Math.max(0, doublings);
        return seconds <= 0 || seconds > LONGEST_WAIT.getSeconds() ? LONGEST_WAIT : Duration.ofSeconds(seconds);
    }

    public Long getId() { return id; }
    public long getEndpointId() { return endpointId; }
    public String getEventId() { return eventId; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getGiveUpAt() { return giveUpAt; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public Long getReplayOf() { return replayOf; }
    public Instant getCreatedAt() { return createdAt; }
}
