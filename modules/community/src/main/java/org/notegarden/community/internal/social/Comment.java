package org.notegarden.community.internal.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on a note, or a reply to one. Replies are one level deep: a reply to a reply is
 * attached to the same top-level comment and remembers whom it answers. A deleted comment
 * with replies stays as a tombstone so the thread keeps its shape.
 */
@Entity
@Table(name = "cm_comment")
public class Comment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "note_id", nullable = false)
    private long noteId;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "reply_to_account_id")
    private Long replyToAccountId;
    @Column(nullable = false)
    private String body;
    @Column(name = "like_count", nullable = false, updatable = false)
    private int likeCount;
    @Column(name = "reply_count", nullable = false, updatable = false)
    private int replyCount;
    @Column(nullable = false)
    private boolean deleted;
    /** NONE, HELD (awaiting review) or REMOVED; anything but NONE is seen by the author only. */
    @Column(nullable = false)
    private String moderation = "NONE";
    /** Where it was last written from, as the region policy displays it ("CN-GD", "FR"); never an address. */
    @Column(name = "ip_location")
    private String ipLocation;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Comment() {
    }

    Comment(long noteId, long authorId, Long parentId, Long replyToAccountId, String body, Instant createdAt) {
        this.noteId = noteId;
        this.authorId = authorId;
        this.parentId = parentId;
        this.replyToAccountId = replyToAccountId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String getModeration() { return moderation; }

    public boolean isHidden() { return !"NONE".equals(moderation); }

    /** Set by moderation: HELD, REMOVED, or NONE to show it again. */
    public void moderate(String state) {
        this.moderation = state;
    }

    void delete() {
        deleted = true;
        body = "";
    }

    public Long getId() { return id; }
    public long getNoteId() { return noteId; }
    public long getAuthorId() { return authorId; }
    public Long getParentId() { return parentId; }
    public Long getReplyToAccountId() { return replyToAccountId; }
    public String getBody() { return body; }
    public int getLikeCount() { return likeCount; }
    public int getReplyCount() { return replyCount; }
    public boolean isDeleted() { return deleted; }
    public Instant getCreatedAt() { return createdAt; }

    public String getIpLocation() { return ipLocation; }

    /** Stamped at write time from the request's IP location; {@code null} keeps the last known one. */
    public void stampIpLocation(String code) {
        if (code != null) {
            this.ipLocation = code;
        }
    }
}
