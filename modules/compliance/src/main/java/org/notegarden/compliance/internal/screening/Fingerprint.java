package org.notegarden.compliance.internal.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The SimHash of something written, split into four bands the database can match on. */
@Entity
@Table(name = "cp_fingerprint")
public class Fingerprint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_kind", nullable = false)
    private String subjectKind;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(nullable = false)
    private long simhash;
    @Column(nullable = false)
    private int band0;
    @Column(nullable = false)
    private int band1;
    @Column(nullable = false)
    private int band2;
    @Column(nullable = false)
    private int band3;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Fingerprint() {
    }

    Fingerprint(String subjectKind, long subjectId, long authorId, long simhash, Instant createdAt) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.authorId = authorId;
        this.simhash = simhash;
        this.band0 = SimHash.band(simhash, 0);
        this.band1 = SimHash.band(simhash, 1);
        this.band2 = SimHash.band(simhash, 2);
        this.band3 = SimHash.band(simhash, 3);
        this.createdAt = createdAt;
    }

    public long getAuthorId() { return authorId; }
    public long getSimhash() { return simhash; }
}
