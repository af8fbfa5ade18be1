package org.notegarden.compliance.internal.tdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One statement of reasons on its way to the DSA Transparency Database: the outbox row, written
 * in the deciding transaction, settled by {@link TdbSubmitter} from the database's answer.
 */
@Entity
@Table(name = "cp_tdb_submission")
public class TdbSubmission {
    /** Where the statement stands with the database. */
    public enum State {
        /** Waiting to be sent (again). */
        PENDING,
        /** Stored by the database; {@code tdbUuid} is its id there. */
        SUBMITTED,
        /** Refused by the database's validator; waits for staff to retry after a correction. */
        FAILED,
        /** The affected person is outside the EU: the database takes no statement for it. */
        NOT_REQUIRED
    }

    /** The longest wait between two tries. */
    static final Duration MAX_WAIT = Duration.ofHours(6);

    /**
     * Waits after a server error or timeout: {@code first}, doubling with each failure, at most
     * {@link #MAX_WAIT}. It never gives up: the duty to submit stays, and staff see the attempts
     * and the last error meanwhile.
     */
    static Duration backoff(int attempts, Duration first) {
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    @Id
    @Column(name = "statement_id")
    private long statementId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "tdb_uuid")
    private String tdbUuid;
    private String error;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected TdbSubmission() {
    }

    TdbSubmission(long statementId, boolean required, Instant now) {
        this.statementId = statementId;
        this.state = required ? State.PENDING : State.NOT_REQUIRED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void claim(Instant until) {
        claimedUntil = until;
    }

    void submitted(String uuid, Instant now) {
        state = State.SUBMITTED;
        tdbUuid = uuid;
        submittedAt = now;
        claimedUntil = null;
        error = null;
    }

    void refused(String message, Instant now) {
        state = State.FAILED;
        attempts++;
        error = clip(message);
        claimedUntil = null;
        nextAttemptAt = now;
    }

    /** The database could not take it now (5xx, timeout, unreachable): try again after the backoff. */
    void failedAttempt(String reason, Instant now, Duration firstWait) {
        attempts++;
        error = clip(reason);
        claimedUntil = null;
        nextAttemptAt = now.plus(backoff(attempts, firstWait));
    }

    /** Sent in a batch the database refused because of another statement: send again at once. */
    void notTaken(Instant now) {
        claimedUntil = null;
        nextAttemptAt = now;
    }

    /** Staff retry a refused statement after correcting what the validator named. */
    boolean retry(Instant now) {
        if (state != State.FAILED) {
            return false;
        }
        state = State.PENDING;
        nextAttemptAt = now;
        return true;
    }

    private static String clip(String s) {
        return s == null ? null : s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    public long getStatementId() { return statementId; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getTdbUuid() { return tdbUuid; }
    public String getError() { return error; }
    public Instant getSubmittedAt() { return submittedAt; }
}
