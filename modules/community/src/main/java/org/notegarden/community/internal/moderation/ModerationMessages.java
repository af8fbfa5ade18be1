package org.notegarden.community.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.community.internal.social.Comment;
import org.notegarden.community.internal.social.CommentRepository;
import org.notegarden.compliance.api.ModerationConcluded;

/**
 * Turns moderation outcomes into notifications, in the deciding transaction: the affected
 * person hears of a restriction (and where to read its statement), of held content let
 * through, and notifiers and appellants hear how their report or appeal ended.
 */
@ApplicationScoped
public class ModerationMessages {
    Notifier notifier;

    CommentRepository commentRepository;

    @Inject
    public ModerationMessages(Notifier notifier, CommentRepository commentRepository) {
        this.commentRepository = commentRepository;
        this.notifier = notifier;
    }

    /** For the CDI container's proxy only. */
    protected ModerationMessages() {
    }

    void tell(@Observes ModerationConcluded m) {
        Long noteId = null;
        Long commentId = null;
        switch (m.subjectKind()) {
            case NOTE -> noteId = m.subjectId();
            case COMMENT -> {
                commentId = m.subjectId();
                noteId = commentRepository.byId(m.subjectId()).map(Comment::getNoteId).orElse(null);
            }
            default -> { }
        }
        notifier.notifyModeration(m.recipientId(), kind(m.topic()), m.subjectKind().name() + ":" + m.subjectId(), noteId,
                commentId, m.outcome(), m.statementId());
    }

    private static Notification.Kind kind(ModerationConcluded.Topic topic) {
        return switch (topic) {
            case DECISION -> Notification.Kind.MODERATION_DECISION;
            case RELEASED -> Notification.Kind.CONTENT_RELEASED;
            case REPORT -> Notification.Kind.REPORT_OUTCOME;
            case APPEAL -> Notification.Kind.APPEAL_OUTCOME;
        };
    }
}
