package org.notegarden.compliance.internal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An appeal against a decision (DSA Art. 20), by the affected person or by a notifier. */
@Entity
@Table(name = "cp_appeal")
public class Appeal {
    public enum Role { AFFECTED, NOTIFIER }

    public enum Outcome { UPHELD, REVERSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "appellant_id", nullable = false)
    private long appellantId;
    @Enumerated(EnumType.STRING)
    @Column(name = "appellant_role", nullable = false)
    private Role appellantRole;
    @Column(nullable = false)
    private String reason;
    @Column(nullable = false)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column
    private Outcome outcome;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Appeal() {
    }

    Appeal(long caseId, long appellantId, Role role, String reason, String language, Instant now) {
        this.caseId = caseId;
        this.appellantId = appellantId;
        this.appellantRole = role;
        this.reason = ReviewCase.clip(reason, 2000);
        this.language = language;
        this.createdAt = now;
    }

    void decide(Outcome o, String note, long moderatorId, Instant now) {
        this.outcome = o;
        this.decisionNote = ReviewCase.clip(note, 1000);
        this.decidedBy = moderatorId;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getAppellantId() { return appellantId; }
    public Role getAppellantRole() { return appellantRole; }
    public String getReason() { return reason; }
    public String getLanguage() { return language; }
    public Outcome getOutcome() { return outcome; }
    public String getDecisionNote() { return decisionNote; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
