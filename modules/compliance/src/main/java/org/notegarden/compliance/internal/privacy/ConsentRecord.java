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
import org.notegarden.compliance.api.Consents;

/**
 * One consent given or withdrawn, with the privacy-notice version shown at the time. Append-only:
 * the current state is the latest record per purpose; history is never rewritten.
 */
@Entity
@Table(name = "cp_consent")
public class ConsentRecord {
    public enum Source { USER, GPC_SIGNAL, SIGN_UP_DEFAULT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consents.Purpose purpose;
    @Column(nullable = false)
    private boolean granted;
    @Column(name = "notice_version", nullable = false)
    private String noticeVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    @Column(nullable = false)
    private Instant at;

    protected ConsentRecord() {
    }

    ConsentRecord(long accountId, Consents.Purpose purpose, boolean granted, String noticeVersion, Source source, Instant at) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.granted = granted;
        this.noticeVersion = noticeVersion;
        this.source = source;
        this.at = at;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public Consents.Purpose getPurpose() { return purpose; }
    public boolean isGranted() { return granted; }
    public String getNoticeVersion() { return noticeVersion; }
    public Source getSource() { return source; }
    public Instant getAt() { return at; }
}
