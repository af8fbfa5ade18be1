package org.notegarden.community.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.social.CommentService;
import org.notegarden.compliance.api.ModerationEffect;

/**
 * Applies moderators' decisions to what community owns, synchronously in the deciding
 * transaction: a decision and its effect commit or roll back together.
 */
@ApplicationScoped
public class ModerationEffects {
    NoteService notes;
    CommentService comments;
    AccountService accounts;

    @Inject
    public ModerationEffects(NoteService notes, CommentService comments, AccountService accounts) {
        this.notes = notes;
        this.comments = comments;
        this.accounts = accounts;
    }

    /** For the CDI container's proxy only. */
    protected ModerationEffects() {
    }

    void apply(@Observes ModerationEffect e) {
        switch (e.kind()) {
            case NOTE -> notes.moderated(e);
            case COMMENT -> comments.moderated(e);
            case ACCOUNT -> accounts.moderated(e);
            default -> { }
        }
    }
}
