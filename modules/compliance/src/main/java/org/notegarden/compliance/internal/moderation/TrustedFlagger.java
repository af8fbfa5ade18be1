package org.notegarden.compliance.internal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account whose notices go to the front of the queue (DSA Art. 22), named by an admin. */
@Entity
@Table(name = "cp_trusted_flagger")
public class TrustedFlagger {
    @Id
    @Column(name = "account_id")
    private long accountId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private Instant since;

    protected TrustedFlagger() {
    }

    TrustedFlagger(long accountId, String name, Instant since) {
        this.accountId = accountId;
        this.name = name;
        this.since = since;
    }

    public long getAccountId() { return accountId; }
    public String getName() { return name; }
}
