package org.notegarden.community.internal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login: a browser session (cookie) or an API token (bearer). Only the SHA-256 of the token
 * is stored, so a copy of the database does not hand out working sessions.
 */
@Entity
@Table(name = "cm_session")
public class Session {
    public enum Kind { COOKIE, BEARER }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;
    @Column(nullable = false)
    private String kind;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Session() {
    }

    Session(String tokenHash, long accountId, String csrfToken, Kind kind, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.csrfToken = csrfToken;
        this.kind = kind.name();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long getAccountId() { return accountId; }
    public String getCsrfToken() { return csrfToken; }
    public Kind getKind() { return Kind.valueOf(kind); }
    public Instant getExpiresAt() { return expiresAt; }
}
