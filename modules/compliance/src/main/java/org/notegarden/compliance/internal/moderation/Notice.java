package org.notegarden.compliance.internal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.notegarden.compliance.api.SubjectKind;

/** A notice filed by anyone against a note, comment, product or account (DSA Art. 16). */
@Entity
@Table(name = "cp_notice")
public class Notice {
    public enum Outcome { PENDING, ACTION_TAKEN, NO_ACTION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeCategory category;
    @Column(nullable = false)
    private String explanation;
    @Column
    private String url;
    @Column(name = "notifier_name")
    private String notifierName;
    @Column(name = "notifier_email")
    private String notifierEmail;
    @Column(name = "notifier_id")
    private Long notifierId;
    @Column(nullable = false)
    private boolean trusted;
    @Column(name = "receipt_token", nullable = false)
    private String receiptToken;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;
    @Column(name = "outcome_at")
    private Instant outcomeAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notice() {
    }

    Notice(long caseId, SubjectKind kind, long subjectId, NoticeCategory category, String explanation, String url,
           String name, String email, Long notifierId, boolean trusted, String receiptToken, Instant now) {
        this.caseId = caseId;
        this.subjectKind = kind;
        this.subjectId = subjectId;
        this.category = category;
        this.explanation = explanation;
        this.url = url;
        this.notifierName = name;
        this.notifierEmail = email;
        this.notifierId = notifierId;
        this.trusted = trusted;
        this.receiptToken = receiptToken;
        this.outcome = Outcome.PENDING;
        this.createdAt = now;
    }

    void settle(Outcome o, Instant now) {
        this.outcome = o;
        this.outcomeAt = now;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public long getSubjectId() { return subjectId; }
    public NoticeCategory getCategory() { return category; }
    public String getExplanation() { return explanation; }
    public String getUrl() { return url; }
    public Long getNotifierId() { return notifierId; }
    public String getNotifierEmail() { return notifierEmail; }
    public boolean isTrusted() { return trusted; }
    public String getReceiptToken() { return receiptToken; }
    public Outcome getOutcome() { return outcome; }
    public Instant getOutcomeAt() { return outcomeAt; }
    public Instant getCreatedAt() { return createdAt; }
}
