package org.notegarden.commerce.internal.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A URL that hears of a shop's events (or, without a shop, of every shop's: an admin's). The
 * secret signs each delivery; its owner sees it once, when the endpoint is made.
 */
@Entity
@Table(name = "co_webhook_endpoint")
public class WebhookEndpoint {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_webhook_endpoint")
    @SequenceGenerator(name = "co_webhook_endpoint", sequenceName = "co_webhook_endpoint_seq", allocationSize = 1)
    private Long id;
    @Column(name = "shop_id", updatable = false)
    private Long shopId;
    @Column(nullable = false)
    private String url;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String events;
    @Column(nullable = false, updatable = false)
    private String secret;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WebhookEndpoint() {
    }

    WebhookEndpoint(Long shopId, String url, String description, Collection<WebhookEventType> events, String secret,
                    long createdBy, Instant now) {
        this.shopId = shopId;
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(url, description, events, true);
    }

    void change(String url, String description, Collection<WebhookEventType> events, boolean active) {
        this.url = url;
        this.description = description;
        this.events = events.stream().sorted().map(WebhookEventType::wireName).collect(Collectors.joining(","));
        this.active = active;
    }

    public Set<WebhookEventType> eventTypes() {
        Set<WebhookEventType> out = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(events.split(",")).map(WebhookEventType::ofWireName).flatMap(java.util.Optional::stream).forEach(out::add);
        return out;
    }

    public boolean listensFor(WebhookEventType type) {
        return active && eventTypes().contains(type);
    }

    public Long getId() { return id; }
    public Long getShopId() { return shopId; }
    public String getUrl() { return url; }
    public String getDescription() { return description; }
    public String getSecret() { return secret; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
