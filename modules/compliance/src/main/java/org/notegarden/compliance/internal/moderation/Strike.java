package org.notegarden.compliance.internal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One strike against an account: removals and warnings count; a reversal withdraws it. */
@Entity
@Table(name = "cp_strike")
public class Strike {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(nullable = false)
    private boolean withdrawn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Strike() {
    }

    Strike(long accountId, long caseId, Instant now) {
        this.accountId = accountId;
        this.caseId = caseId;
        this.createdAt = now;
    }

    void withdraw() {
        this.withdrawn = true;
    }

    public long getAccountId() { return accountId; }
    public long getCaseId() { return caseId; }
    public boolean isWithdrawn() { return withdrawn; }
    public Instant getCreatedAt() { return createdAt; }
}
