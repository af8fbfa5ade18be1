package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.community.internal.search.SearchIndexing;
import org.notegarden.community.internal.tally.InsightKind;
import org.notegarden.community.internal.tally.Insights;

/**
 * Likes on notes and comments. Liking twice or unliking twice changes nothing, also when both
 * requests arrive at once (see {@link OncePerPerson}).
 */
@ApplicationScoped
public class LikeService {
    OncePerPerson marks;
    SearchIndexing searchIndexing;
    Clock clock;
    NoteService notes;
    CommentService comments;
    Notifier notifier;
    Insights insights;

    @Inject
    public LikeService(OncePerPerson marks, SearchIndexing searchIndexing, Clock clock, NoteService notes, CommentService comments,
            Notifier notifier, Insights insights) {
        this.marks = marks;
        this.searchIndexing = searchIndexing;
        this.clock = clock;
        this.notes = notes;
        this.comments = comments;
        this.notifier = notifier;
        this.insights = insights;
    }

    /** For the CDI container's proxy only. */
    protected LikeService() {
    }

    @Transactional
    public LikeState likeNote(long accountId, long noteId) {
        Note note = notes.requireVisible(noteId, accountId);
        OncePerPerson.Outcome o = marks.set(OncePerPerson.NOTE_LIKE, noteId, accountId, clock.instant(), null);
        if (o.changed()) {
            searchIndexing.countersChanged(note);
            notifier.notify(note.getAuthorId(), Notification.Kind.LIKE_NOTE, accountId, noteId, null);
            insights.onNote(InsightKind.LIKE, noteId);
        }
        return new LikeState(true, o.count());
    }

    @Transactional
    public LikeState unlikeNote(long accountId, long noteId) {
        Note note = notes.requireVisible(noteId, accountId);
        OncePerPerson.Outcome o = marks.clear(OncePerPerson.NOTE_LIKE, noteId, accountId);
        if (o.changed()) {
            searchIndexing.countersChanged(note);
        }
        return new LikeState(false, o.count());
    }

    @Transactional
    public LikeState likeComment(long accountId, long commentId) {
        Comment c = comments.requireVisible(commentId, accountId);
        OncePerPerson.Outcome o = marks.set(OncePerPerson.COMMENT_LIKE, commentId, accountId, clock.instant(), null);
        if (o.changed()) {
            notifier.notify(c.getAuthorId(), Notification.Kind.LIKE_COMMENT, accountId, c.getNoteId(), commentId);
        }
        return new LikeState(true, o.count());
    }

    @Transactional
    public LikeState unlikeComment(long accountId, long commentId) {
        comments.requireVisible(commentId, accountId);
        return new LikeState(false, marks.clear(OncePerPerson.COMMENT_LIKE, commentId, accountId).count());
    }

    /** Which of these notes the viewer has liked (one query for a whole page). */
    public Set<Long> likedNotes(long accountId, Collection<Long> noteIds) {
        return marks.markedAmong(OncePerPerson.NOTE_LIKE, accountId, noteIds).keySet();
    }

    public Set<Long> likedComments(long accountId, Collection<Long> commentIds) {
        return marks.markedAmong(OncePerPerson.COMMENT_LIKE, accountId, commentIds).keySet();
    }
}
