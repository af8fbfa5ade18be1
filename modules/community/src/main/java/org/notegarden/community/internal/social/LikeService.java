package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import org.notegarden.community.internal.note.NoteService;

/**
 * Likes on notes and comments. Liking twice or unliking twice changes nothing, also when both
 * requests arrive at once (see {@link OncePerPerson}).
 */
@ApplicationScoped
public class LikeService {
    Marking marking;
    OncePerPerson marks;
    NoteService notes;
    CommentService comments;

    @Inject
    public LikeService(Marking marking, OncePerPerson marks, NoteService notes, CommentService comments) {
        this.marking = marking;
        this.marks = marks;
        this.notes = notes;
        this.comments = comments;
    }

    /** For the CDI container's proxy only. */
    protected LikeService() {
    }

    @Transactional
    public LikeState likeNote(long accountId, long noteId) {
        Marking.Target note = Marking.Target.of(notes.requireVisible(noteId, accountId));
        return new LikeState(true, marking.set(Marking.Mark.NOTE_LIKE, note, accountId, null).count());
    }

    @Transactional
    public LikeState unlikeNote(long accountId, long noteId) {
        Marking.Target note = Marking.Target.of(notes.requireVisible(noteId, accountId));
        return new LikeState(false, marking.clear(Marking.Mark.NOTE_LIKE, note, accountId).count());
    }

    @Transactional
    public LikeState likeComment(long accountId, long commentId) {
        Marking.Target comment = Marking.Target.of(comments.requireVisible(commentId, accountId));
        return new LikeState(true, marking.set(Marking.Mark.COMMENT_LIKE, comment, accountId, null).count());
    }

    @Transactional
    public LikeState unlikeComment(long accountId, long commentId) {
        Marking.Target comment = Marking.Target.of(comments.requireVisible(commentId, accountId));
        return new LikeState(false, marking.clear(Marking.Mark.COMMENT_LIKE, comment, accountId).count());
    }

    /** Which of these notes the viewer has liked (one query for a whole page). */
    public Set<Long> likedNotes(long accountId, Collection<Long> noteIds) {
        return marks.markedAmong(OncePerPerson.NOTE_LIKE, accountId, noteIds).keySet();
    }

    public Set<Long> likedComments(long accountId, Collection<Long> commentIds) {
        return marks.markedAmong(OncePerPerson.COMMENT_LIKE, accountId, commentIds).keySet();
    }
}
