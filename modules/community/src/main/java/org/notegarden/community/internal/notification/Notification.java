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
    public enum Kind {
        LIKE_NOTE, LIKE_COMMENT, COLLECT, COMMENT, REPLY, MENTION, FOLLOW,
        /** Someone asked to follow the recipient's private profile. */
        FOLLOW_REQUEST,
        /** The owner of a private profile accepted the recipient's request. */
        FOLLOW_ACCEPTED,
        /** Moderation restricted the recipient's content or account (a statement explains it). */
        MODERATION_DECISION,
        /** The recipient's held content passed review. */
        CONTENT_RELEASED,
        /** A report the recipient filed was settled. */
        REPORT_OUTCOME,
        /** An appeal the recipient filed was decided. */
        APPEAL_OUTCOME,
        /** A buyer paid for an order in the recipient's shop. */
        ORDER_NEW,
        /** An order of the recipient's moved ({@code detail}: PAID, SHIPPED, COMPLETED, REFUNDED …). */
        ORDER_UPDATE;

        /** The tab a notification is listed under. */
        public Group group() {
            return switch (this) {
                case LIKE_NOTE, LIKE_COMMENT, COLLECT -> Group.LIKES;
                case FOLLOW, FOLLOW_REQUEST, FOLLOW_ACCEPTED -> Group.FOLLOWS;
                case COMMENT, REPLY, MENTION -> Group.COMMENTS;
                default -> Group.SYSTEM;
            };
        }
    }

    /** Tabs of the notifications page: likes and collects, new followers, comments and @, orders and system. */
    public enum Group {
        LIKES, FOLLOWS, COMMENTS, SYSTEM;

        public java.util.List<Kind> kinds() {
            return java.util.Arrays.stream(Kind.values()).filter(k -> k.group() == this).toList();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "recipient_id", nullable = false)
    private long recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    /** Who acted; null when the platform did (moderation). */
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "note_id")
    private Long noteId;
    @Column(name = "comment_id")
    private Long commentId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    /** For moderation kinds: the decision or outcome word (REMOVE, ACTION_TAKEN, REVERSED …). */
    private String detail;
    @Column(name = "statement_id")
    private Long statementId;
    /** For moderation kinds: what was moderated, as "KIND:id" (NOTE:12, SHOP:7 …). */
    private String subject;

    protected Notification() {
    }

    /** A platform message about moderation. */
    static Notification moderation(long recipientId, Kind kind, String subject, Long noteId, Long commentId, String detail,
                                   Long statementId, Instant createdAt) {
        Notification n = new Notification(recipientId, kind, null, noteId, commentId, createdAt);
        n.subject = subject;
        n.detail = detail;
        n.statementId = statementId;
        return n;
    }

    Notification(long recipientId, Kind kind, Long actorId, Long noteId, Long commentId, Instant createdAt) {
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
    public Long getActorId() { return actorId; }
    public String getDetail() { return detail; }
    public Long getStatementId() { return statementId; }
    public String getSubject() { return subject; }
    public Long getNoteId() { return noteId; }
    public Long getCommentId() { return commentId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
