package org.notegarden.community.internal.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing the assistant gave someone (normalised text), remembered to recognise it in their notes. */
@Entity
@Table(name = "cm_assist_suggestion")
public class AssistSuggestion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "text_norm", nullable = false)
    private String textNorm;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AssistSuggestion() {
    }

    AssistSuggestion(long accountId, String textNorm, Instant createdAt) {
        this.accountId = accountId;
        this.textNorm = textNorm;
        this.createdAt = createdAt;
    }
}
