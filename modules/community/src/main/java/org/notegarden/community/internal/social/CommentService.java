package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountRepository;
import org.notegarden.community.internal.account.IpLocationStamps;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteRepository;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.note.NoteText;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.community.internal.relation.BlockService;
import org.notegarden.community.internal.tally.InsightKind;
import org.notegarden.community.internal.tally.Insights;
import org.notegarden.compliance.api.ModerationEffect;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/** Comments and one level of replies, on notes the commenter can see. */
@ApplicationScoped
public class CommentService {
    IpLocationStamps ipLocations;
    Screening screening;

    public static final int MAX_BODY = 500;

    Counters counters;
    BlockService blocks;
    Clock clock;
    NoteService notes;
    Notifier notifier;
    Insights insights;

    AccountRepository accountRepository;

    CommentRepository commentRepository;
    NoteRepository noteRepository;

    @Inject
    public CommentService(IpLocationStamps ipLocations, Screening screening, BlockService blocks, Clock clock,
            NoteService notes, Notifier notifier, Insights insights, AccountRepository accountRepository, CommentRepository commentRepository,
            Counters counters, NoteRepository noteRepository) {
        this.noteRepository = noteRepository;
        this.counters = counters;
        this.commentRepository = commentRepository;
        this.accountRepository = accountRepository;
        this.ipLocations = ipLocations;
        this.screening = screening;
        this.blocks = blocks;
        this.clock = clock;
        this.notes = notes;
        this.notifier = notifier;
        this.insights = insights;
    }

    /** For the CDI container's proxy only. */
    protected CommentService() {
    }

    /**
     * Adds a comment, or a reply when {@code replyToCommentId} is given. Comments are only
     * possible on published notes: a draft has no audience yet.
     */
    @Transactional
    public Comment add(long authorId, long noteId, Long replyToCommentId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Problems.invalid("body", CommunityMessages.IS_REQUIRED);
        }
        if (TextLength.of(body) > MAX_BODY) {
            throw Problems.invalid("body", CommunityMessages.MUST_BE_AT_MOST_N_CHARACTERS, MAX_BODY);
        }
        Note note = notes.requireVisible(noteId, authorId);
        if (note.getState() != Note.State.PUBLISHED) {
            throw Problems.invalid("noteId", CommunityMessages.COMMENTS_OPEN_WHEN_NOTE_IS_PUBLISHED);
        }
        Long parentId = null;
        Long replyTo = null;
        if (replyToCommentId != null) {
            Comment answered = commentRepository.byId(replyToCommentId)
                    .filter(c -> c.getNoteId() == noteId && !blocks.between(authorId, c.getAuthorId()))
                    .orElseThrow(() -> Problems.notFound("replyTo", CommunityMessages.COMMENT_N_ON_NOTE_DOES_NOT_EXIST,
                            replyToCommentId));
            parentId = answered.getParentId() != null ? answered.getParentId() : answered.getId();
            replyTo = answered.getAuthorId();
        }
        Comment comment = new Comment(noteId, authorId, parentId, replyTo, body, clock.instant());
        String here = ipLocations.current();
        comment.stampIpLocation(here);
        Optional<Account> author = accountRepository.byId(authorId);
        author.ifPresent(a -> a.stampIpLocation(here));
        commentRepository.add(comment);
        var verdict = screening.screen(new Screening.Submission(
                SubjectKind.COMMENT, comment.getId(), authorId,
                author.map(Account::getCreatedAt).orElse(null), "body", body));
        if (verdict.held()) {
            comment.moderate("HELD"); // seen by its author only; nobody is notified until a moderator lets it through
            return comment;
        }
        count(comment, 1);
        announce(comment, note.getAuthorId());
        return comment;
    }

    /**
     * The counts a shown comment is part of: its note's comments and, for a reply, its thread's
     * replies. {@code delta} 1 when it starts being shown, -1 when it stops.
     */
    private void count(Comment c, int delta) {
        counters.add("cm_note", "comment_count", c.getNoteId(), delta);
        if (c.getParentId() != null) {
            counters.add("cm_comment", "reply_count", c.getParentId(), delta);
        }
    }

    /**
     * Tells the people a comment concerns that it is there — the note's author, or for a reply the
     * person answered, and everyone it mentions — and counts it for the note's insights: when it
     * is written, or, for a held one, when a moderator lets it through.
     */
    private void announce(Comment c, long noteAuthorId) {
        if (c.getParentId() == null) {
            notifier.notify(noteAuthorId, Notification.Kind.COMMENT, c.getAuthorId(), c.getNoteId(), c.getId());
        } else if (c.getReplyToAccountId() != null) {
            notifier.notify(c.getReplyToAccountId(), Notification.Kind.REPLY, c.getAuthorId(), c.getNoteId(), c.getId());
        }
        Set<String> mentioned = NoteText.mentionedHandles(c.getBody());
        Map<String, Long> mentionedIds = accountRepository.idsByHandleKey(mentioned);
        for (String handle : mentioned) {
            Long id = mentionedIds.get(handle);
            if (id != null) {
                notifier.notify(id, Notification.Kind.MENTION, c.getAuthorId(), c.getNoteId(), c.getId());
            }
        }
        insights.onNote(InsightKind.COMMENT, c.getNoteId());
    }

    /** Applies a moderation decision to a comment. */
    public void moderated(ModerationEffect e) {
        Optional<Comment> found = commentRepository.byId(e.subjectId());
        if (found.isEmpty()) {
            return;
        }
        Comment c = found.get();
        boolean counted = !c.isHidden() && !c.isDeleted();
        boolean wasHeld = "HELD".equals(c.getModeration());
        switch (e.effect()) {
            case RELEASE, RESTORE -> c.moderate("NONE");
            case REMOVE -> c.moderate("REMOVED");
            default -> { }
        }
        // The note and the thread count the comments people can see: one let through starts
        // counting, one taken down stops.
        boolean countedNow = !c.isHidden() && !c.isDeleted();
        if (countedNow != counted) {
            count(c, countedNow ? 1 : -1);
        }
        // A held comment was announced to nobody; let through, it is now (unless its note has gone
        // meanwhile: nobody is told of a comment they cannot open). One restored after being
        // taken down was announced when it was first shown (or, held and then removed, is restored
        // weeks later on appeal, when a "new reply" would mislead), so it is not announced again.
        if (wasHeld && countedNow) {
            noteRepository.byId(c.getNoteId()).filter(n -> n.getState() == Note.State.PUBLISHED)
                    .ifPresent(n -> announce(c, n.getAuthorId()));
        }
    }

    /** Only the comment's author deletes it; the note's counters follow. */
    @Transactional
    public void delete(long accountId, long commentId) {
        Comment c = requireVisible(commentId, accountId);
        if (c.getAuthorId() != accountId) {
            throw Problems.forbidden(CommunityMessages.ONLY_AUTHOR_CAN_DELETE_COMMENT);
        }
        if (c.isDeleted()) {
            return;
        }
        boolean counted = !c.isHidden(); // a held or removed comment never counted: its author may still delete it
        c.delete();
        if (counted) {
            count(c, -1);
        }
    }

    public Comment requireVisible(long commentId, Long viewerId) {
        Comment c = commentRepository.byId(commentId)
                .filter(x -> !x.isHidden() || (viewerId != null && viewerId == x.getAuthorId()))
                .orElseThrow(() -> Problems.notFound("commentId", CommunityMessages.COMMENT_N_DOES_NOT_EXIST, commentId));
        notes.requireVisible(c.getNoteId(), viewerId);
        return c;
    }

    /** Top-level comments, oldest first (a conversation reads top-down). */
    public List<Comment> topLevel(long noteId, Long viewerId, Cursor after, int limit) {
        notes.requireVisible(noteId, viewerId);
        return commentRepository.topLevel(noteId, viewerId, after, limit);
    }

    public List<Comment> replies(long parentId, Long viewerId, Cursor after, int limit) {
        Comment parent = requireVisible(parentId, viewerId);
        return commentRepository.replies(parent.getId(), viewerId, after, limit);
    }
}
