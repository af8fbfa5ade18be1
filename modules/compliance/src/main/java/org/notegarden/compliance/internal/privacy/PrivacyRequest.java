package org.notegarden.compliance.internal.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A privacy request tracked to its legal deadline (GDPR one month, CCPA 45 days, …). */
@Entity
@Table(name = "cp_privacy_request")
public class PrivacyRequest {
    public enum Kind { ACCESS, EXPORT, DELETE, CORRECT, OPT_OUT }

    public enum Status { RECEIVED, IN_PROGRESS, COMPLETED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String regime;
    @Column(name = "region_id", nullable = false)
    private String regionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private String details;
    @Column(nullable = false)
    private int progress;
    @Column(name = "progress_note")
    private String progressNote;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "handled_by")
    private Long handledBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    /** Until when a node building this export holds it (see {@link PrivacyRequests#claimExport}). */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected PrivacyRequest() {
    }

    PrivacyRequest(long accountId, Kind kind, String regime, String regionId, String details, Instant now, Instant dueAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.regime = regime;
        this.regionId = regionId;
        this.details = details == null ? "" : details;
        this.status = Status.RECEIVED;
        this.createdAt = now;
        this.dueAt = dueAt;
    }

    void progress(int percent, String note) {
        this.status = Status.IN_PROGRESS;
        this.progress = Math.max(0, Math.min(99, percent));
        this.progressNote = note;
    }

    void complete(Instant now, String fileKey, Long handledBy) {
        this.status = Status.COMPLETED;
        this.progress = 100;
        this.completedAt = now;
        this.fileKey = fileKey;
        this.handledBy = handledBy;
    }

    void reject(Instant now, String why, Long handledBy) {
        this.status = Status.REJECTED;
        this.completedAt = now;
        this.progressNote = why;
        this.handledBy = handledBy;
    }

    /** Still to be answered: received or in progress. */
    public boolean isOpen() {
        return status == Status.RECEIVED || status == Status.IN_PROGRESS;
    }

    /** Open past its legal deadline. */
    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(dueAt);
    }

    /** Whole days until the deadline; negative once it has passed. */
    public long daysLeft(Instant now) {
        return java.time.Duration.between(now, dueAt).toDays();
    }

    void startedBy(long staffId) {
        this.status = Status.IN_PROGRESS;
        this.handledBy = staffId;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public Kind getKind() { return kind; }
    public String getRegime() { return regime; }
    public String getRegionId() { return regionId; }
    public Status getStatus() { return status; }
    public String getDetails() { return details; }
    public int getProgress() { return progress; }
    public String getProgressNote() { return progressNote; }
    public String getFileKey() { return fileKey; }
    public Long getHandledBy() { return handledBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getCompletedAt() { return completedAt; }
}
