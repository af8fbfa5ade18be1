package org.notegarden.community.internal.collab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A brand (a merchant) asks a creator to make content: INVITED → ACCEPTED or DECLINED, once. */
@Entity
@Table(name = "cm_collab")
public class Collab {
    public enum State { INVITED, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "brand_account_id", nullable = false)
    private long brandAccountId;
    @Column(name = "brand_name", nullable = false)
    private String brandName;
    @Column(name = "creator_id", nullable = false)
    private long creatorId;
    @Column(nullable = false)
    private String brief;
    @Column(nullable = false)
    private String compensation;
    /** Product ids as "1,2,3": a handful per collaboration, only ever read whole. */
    @Column(name = "product_ids", nullable = false)
    private String productIds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected Collab() {
    }

    Collab(long brandAccountId, String brandName, long creatorId, String brief, String compensation, List<Long> productIds,
           Instant now) {
        this.brandAccountId = brandAccountId;
        this.brandName = brandName;
        this.creatorId = creatorId;
        this.brief = brief;
        this.compensation = compensation;
        this.productIds = productIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.state = State.INVITED;
        this.createdAt = now;
    }

    void decide(boolean accept, Instant now) {
        state = accept ? State.ACCEPTED : State.DECLINED;
        decidedAt = now;
    }

    public Long getId() { return id; }
    public long getBrandAccountId() { return brandAccountId; }
    public String getBrandName() { return brandName; }
    public long getCreatorId() { return creatorId; }
    public String getBrief() { return brief; }
    public String getCompensation() { return compensation; }
    public List<Long> getProductIds() {
        return productIds.isEmpty() ? List.of() : Arrays.stream(productIds.split(",")).map(Long::valueOf).toList();
    }
    public State getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
