package org.notegarden.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of the chain. Never updated after insert. */
@Entity
@Table(name = "cp_audit_entry")
public class AuditEntry {
    @Id
    long seq;
    @Column(nullable = false)
    Instant at;
    @Column(name = "actor_id")
    Long actorId;
    @Column(nullable = false)
    String action;
    @Column(nullable = false)
    String target;
    @Column(nullable = false)
    String detail;
    @Column(name = "prev_hash", nullable = false)
    String prevHash;
    @Column(nullable = false)
    String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant at, Long actorId, String action, String target, String detail, String prevHash) {
        this.seq = seq;
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.target = target;
        this.detail = detail;
        this.prevHash = prevHash;
        this.hash = AuditHashing.hash(this);
    }

    public long getSeq() { return seq; }
    public Instant getAt() { return at; }
    public Long getActorId() { return actorId; }
    public String getAction() { return action; }
    public String getTarget() { return target; }
    public String getDetail() { return detail; }
    public String getHash() { return hash; }
}
