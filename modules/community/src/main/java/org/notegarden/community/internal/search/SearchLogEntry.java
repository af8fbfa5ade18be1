package org.notegarden.community.internal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One search someone made. {@code accountId} is the searcher while it is in their history;
 * clearing the history unlinks it (the row then only counts towards hot searches).
 */
@Entity
@Table(name = "cm_search_log")
public class SearchLogEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id")
    private Long accountId;
    @Column(nullable = false)
    private String term;
    /** The term folded for counting: Simplified, lower case, single spaces. */
    @Column(name = "term_key", nullable = false)
    private String termKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SearchLogEntry() {
    }

    SearchLogEntry(Long accountId, String term, String termKey, Instant createdAt) {
        this.accountId = accountId;
        this.term = term;
        this.termKey = termKey;
        this.createdAt = createdAt;
    }

    public String getTerm() { return term; }
    public String getTermKey() { return termKey; }
    public Instant getCreatedAt() { return createdAt; }
}
