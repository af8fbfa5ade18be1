package org.notegarden.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain's tip; one row, locked for update by each append. */
@Entity
@Table(name = "cp_audit_head")
class AuditHead {
    @Id
    Integer id;
    @Column(name = "last_seq", nullable = false)
    long lastSeq;
    @Column(name = "last_hash", nullable = false)
    String lastHash;
}
