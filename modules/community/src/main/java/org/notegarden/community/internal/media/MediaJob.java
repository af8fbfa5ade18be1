package org.notegarden.community.internal.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Background work on one medium: transcoding an uploaded video, or making an image's WebP copies.
 * QUEUED until a node claims it, RUNNING while that node
 * renews its claim, DONE or FAILED at the end; a RUNNING job whose claim ran out (its node died
 * or restarted) is claimed again, and given up after {@link #MAX_ATTEMPTS}.
 */
@Entity
@Table(name = "cm_media_job")
public class MediaJob {
    static final int MAX_ATTEMPTS = 3;

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What the job makes; each kind has its own worker, so quick WebP jobs never wait behind a long video. */
    public enum Kind { VIDEO, WEBP }

    @Id
    @Column(name = "media_id")
    private long mediaId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false)
    private int attempts;
    @Column(nullable = false)
    private int progress;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column
    private String error;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MediaJob() {
    }

    MediaJob(long mediaId, Kind kind, Instant now) {
        this.mediaId = mediaId;
        this.kind = kind;
        this.state = State.QUEUED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void claim(Instant until, Instant now) {
        state = State.RUNNING;
        attempts++;
        progress = 0;
        claimedUntil = until;
        updatedAt = now;
    }

    void progressed(int percent, Instant until, Instant now) {
        progress = Math.max(progress, percent);
        claimedUntil = until;
        updatedAt = now;
    }

    void done(Instant now) {
        state = State.DONE;
        progress = 100;
        claimedUntil = null;
        error = null;
        updatedAt = now;
    }

    /** A try failed: queued again while tries are left, else FAILED for good. */
    boolean failed(String why, Instant now) {
        error = why == null ? null : why.substring(0, Math.min(500, why.length()));
        claimedUntil = null;
        updatedAt = now;
        state = attempts >= MAX_ATTEMPTS ? State.FAILED : State.QUEUED;
        return state == State.FAILED;
    }

    public long getMediaId() { return mediaId; }
    public Kind getKind() { return kind; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public int getProgress() { return progress; }
    public String getError() { return error; }
}
