package org.notegarden.compliance.internal.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One counted abuse signal (a refused sign-up, a velocity limit hit, a duplicate-content cluster).
 * Deliberately anonymous for refusals: no address, no e-mail — only what kind, the region and when.
 */
@Entity
@Table(name = "cp_abuse_signal")
public class AbuseSignal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String kind;
    @Column(name = "region_id")
    private String regionId;
    @Column(name = "account_id")
    private Long accountId;
    @Column(nullable = false)
    private String detail;
    @Column(nullable = false)
    private Instant at;

    protected AbuseSignal() {
    }

    public AbuseSignal(String kind, String regionId, Long accountId, String detail, Instant at) {
        this.kind = kind;
        this.regionId = regionId;
        this.accountId = accountId;
        this.detail = detail == null ? "" : detail;
        this.at = at;
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getRegionId() { return regionId; }
    public Long getAccountId() { return accountId; }
    public String getDetail() { return detail; }
    public Instant getAt() { return at; }
}
