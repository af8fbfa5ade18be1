package org.notegarden.community.internal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened to a person's notes, comments or profile, until they read it. */
@Entity
@Table(name = "cm_notification")
public class Notification {
    public enum Kind { LIKE_NOTE, LIKE_COMMENT, COLLECT, COMMENT, REPLY, MENTION, FOLLOW }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "recipient_id", nullable = false)
    private long recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "actor_id", nullable = false)
    private long actorId;
    @Column(name = "note_id")
    private Long noteId;
    @Column(name = "comment_id")
    private Long commentId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, Kind kind, long actorId, Long noteId, Long commentId, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.actorId = actorId;
        this.noteId = noteId;
        this.commentId = commentId;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getRecipientId() { return recipientId; }
    public Kind getKind() { return kind; }
    public long getActorId() { return actorId; }
    public Long getNoteId() { return noteId; }
    public Long getCommentId() { return commentId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
