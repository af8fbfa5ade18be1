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
import org.notegarden.compliance.api.SubjectKind;

/**
 * One thing to review: held by screening or reported by notices. A moderator claims it and
 * decides once; the version column makes a second, concurrent decision fail instead of
 * overwriting the first.
 */
@Entity
@Table(name = "cp_case")
public class ReviewCase {
    public enum Source { SCREENING, NOTICE, TRUSTED_FLAGGER }

    public enum State { OPEN, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(nullable = false)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    @Column(nullable = false)
    private int priority;
    @Column(nullable = false)
    private String reasons;
    @Column(nullable = false)
    private String snapshot;
    @Column(name = "held", nullable = false)
    private boolean held;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "claimed_by")
    private Long claimedBy;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Enumerated(EnumType.STRING)
    @Column
    private Decision decision;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "statement_id")
    private Long statementId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected ReviewCase() {
    }

    ReviewCase(SubjectKind kind, long subjectId, long authorId, String language, Source source, int priority,
               String reasons, String snapshot, boolean held, Instant now) {
        this.subjectKind = kind;
        this.subjectId = subjectId;
        this.authorId = authorId;
        this.language = language;
        this.source = source;
        this.priority = priority;
        this.reasons = clip(reasons, 500);
        this.snapshot = clip(snapshot, 4000);
        this.held = held;
        this.state = State.OPEN;
        this.createdAt = now;
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    void claim(long moderatorId, Instant now) {
        this.claimedBy = moderatorId;
        this.claimedAt = now;
    }

    void decided(Decision decision, long moderatorId, Instant now, Long statementId) {
        this.decision = decision;
        this.decidedBy = moderatorId;
        this.decidedAt = now;
        this.statementId = statementId;
        this.state = State.DECIDED;
    }

    /** A notifier's appeal succeeded: the case goes back to the queue for a fresh decision. */
    void reopen() {
        this.state = State.OPEN;
        this.claimedBy = null;
        this.claimedAt = null;
        this.priority = Math.max(priority, 3);
        this.reasons = clip("appeal upheld for a fresh look; " + reasons, 500);
    }

    /** Another notice on an open case: add its reason and raise the priority if it came from a trusted flagger. */
    void alsoReported(String reason, int newPriority, Source newSource) {
        this.reasons = clip(reasons.isEmpty() ? reason : reasons + "; " + reason, 500);
        if (newPriority > priority) {
            priority = newPriority;
            source = newSource;
        }
    }

    public Long getId() { return id; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public long getSubjectId() { return subjectId; }
    public long getAuthorId() { return authorId; }
    public String getLanguage() { return language; }
    public Source getSource() { return source; }
    public int getPriority() { return priority; }
    public String getReasons() { return reasons; }
    public String getSnapshot() { return snapshot; }
    public boolean isHeld() { return held; }
    public State getState() { return state; }
    public Long getClaimedBy() { return claimedBy; }
    public Instant getClaimedAt() { return claimedAt; }
    public Decision getDecision() { return decision; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getStatementId() { return statementId; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
