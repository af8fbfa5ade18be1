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
import java.util.List;
import org.notegarden.compliance.api.SubjectKind;

/**
 * A statement of reasons (DSA Art. 17): what was done, its scope and duration, the facts,
 * whether detection and decision were automated, the clause or law relied on, and how to appeal.
 * Written once; a reversal adds its note and date but never rewrites the original.
 */
@Entity
@Table(name = "cp_statement")
public class Statement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String puid;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;
    @Column(name = "restriction_end")
    private Instant restrictionEnd;
    @Column(nullable = false)
    private String facts;
    @Column(name = "policy_clause", nullable = false)
    private String policyClause;
    @Column(name = "illegal_ground")
    private String illegalGround;
    @Column(name = "automated_detection", nullable = false)
    private boolean automatedDetection;
    @Column(name = "automated_decision", nullable = false)
    private boolean automatedDecision;
    @Column(name = "source", nullable = false)
    private String source;
    @Column(name = "category", nullable = false)
    private String category;
    @Column(name = "content_language")
    private String contentLanguage;
    @Column(name = "content_created_at")
    private Instant contentCreatedAt;
    /** What the content held, as Transparency Database content types (comma-separated). */
    @Column(name = "content_types")
    private String contentTypes;
    /** EU/EEA countries where the decision applies (comma-separated); empty when outside the EU. */
    @Column(name = "territorial_scope")
    private String territorialScope;
    /** The category's Transparency Database keyword, if it has one. */
    @Column(name = "keyword")
    private String keyword;
    @Column(name = "appeal_until", nullable = false)
    private Instant appealUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "reversed_at")
    private Instant reversedAt;
    @Column(name = "reversal_note")
    private String reversalNote;

    protected Statement() {
    }

    Statement(String puid, ReviewCase c, long accountId, Decision decision, Instant restrictionEnd, String facts,
              String policyClause, String illegalGround, boolean automatedDetection, boolean automatedDecision,
              String category, String keyword, Statements.Content content, Instant appealUntil, Instant now) {
        this.puid = puid;
        this.caseId = c.getId();
        this.accountId = accountId;
        this.subjectKind = decision.aboutAccount() ? SubjectKind.ACCOUNT : c.getSubjectKind();
        this.subjectId = decision.aboutAccount() ? accountId : c.getSubjectId();
        this.decision = decision;
        this.restrictionEnd = restrictionEnd;
        this.facts = ReviewCase.clip(facts, 2000);
        this.policyClause = ReviewCase.clip(policyClause, 300);
        this.illegalGround = illegalGround == null ? null : ReviewCase.clip(illegalGround, 300);
        this.automatedDetection = automatedDetection;
        this.automatedDecision = automatedDecision;
        this.source = c.getSource().name();
        this.category = category;
        this.keyword = keyword;
        this.contentLanguage = c.getLanguage();
        this.contentCreatedAt = content.createdAt() != null ? content.createdAt() : c.getCreatedAt();
        this.contentTypes = String.join(",", content.types());
        this.territorialScope = String.join(",", content.territorialScope());
        this.appealUntil = appealUntil;
        this.createdAt = now;
    }

    void reversed(String note, Instant now) {
        this.reversedAt = now;
        this.reversalNote = ReviewCase.clip(note, 1000);
    }

    public Long getId() { return id; }
    public String getPuid() { return puid; }
    public long getCaseId() { return caseId; }
    public long getAccountId() { return accountId; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public long getSubjectId() { return subjectId; }
    public Decision getDecision() { return decision; }
    public Instant getRestrictionEnd() { return restrictionEnd; }
    public String getFacts() { return facts; }
    public String getPolicyClause() { return policyClause; }
    public String getIllegalGround() { return illegalGround; }
    public boolean isAutomatedDetection() { return automatedDetection; }
    public boolean isAutomatedDecision() { return automatedDecision; }
    public String getSource() { return source; }
    public String getCategory() { return category; }
    public String getContentLanguage() { return contentLanguage; }
    public Instant getAppealUntil() { return appealUntil; }
    public Instant getContentCreatedAt() { return contentCreatedAt; }
    public String getKeyword() { return keyword; }
    public List<String> getContentTypes() { return split(contentTypes); }
    public List<String> getTerritorialScope() { return split(territorialScope); }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReversedAt() { return reversedAt; }
    public String getReversalNote() { return reversalNote; }
}
