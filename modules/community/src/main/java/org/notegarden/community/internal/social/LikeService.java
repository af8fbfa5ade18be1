package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;

/** Likes on notes and comments. Liking twice or unliking twice changes nothing. */
@ApplicationScoped
public class LikeService {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    org.notegarden.community.internal.search.SearchIndexing searchIndexing;
    @Inject
    Clock clock;
    @Inject
    NoteService notes;
    @Inject
    CommentService comments;
    @Inject
    Notifier notifier;
    @Inject
    org.notegarden.community.internal.insights.Insights insights;

    @Transactional
    public void likeNote(long accountId, long noteId) {
        Note note = notes.requireVisible(noteId, accountId);
        if (exists("cm_note_like", "note_id", noteId, accountId)) {
            return;
        }
        em.createNativeQuery("INSERT INTO cm_note_like (note_id, account_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, noteId).setParameter(2, accountId).setParameter(3, clock.instant()).executeUpdate();
        Counters.add(em, "cm_note", "like_count", noteId, 1);
        searchIndexing.countersChanged(note);
        notifier.notify(note.getAuthorId(), Notification.Kind.LIKE_NOTE, accountId, noteId, null);
        insights.onNote(org.notegarden.community.internal.insights.InsightKind.LIKE, noteId);
    }

    @Transactional
    public void unlikeNote(long accountId, long noteId) {
        notes.requireVisible(noteId, accountId);
        int removed = em.createNativeQuery("DELETE FROM cm_note_like WHERE note_id = ?1 AND account_id = ?2")
                .setParameter(1, noteId).setParameter(2, accountId).executeUpdate();
        if (removed > 0) {
            Counters.add(em, "cm_note", "like_count", noteId, -1);
            searchIndexing.countersChanged(em.find(Note.class, noteId));
        }
    }

    @Transactional
    public void likeComment(long accountId, long commentId) {
        Comment c = comments.requireVisible(commentId, accountId);
        if (exists("cm_comment_like", "comment_id", commentId, accountId)) {
            return;
        }
        em.createNativeQuery("INSERT INTO cm_comment_like (comment_id, account_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, commentId).setParameter(2, accountId).setParameter(3, clock.instant()).executeUpdate();
        Counters.add(em, "cm_comment", "like_count", commentId, 1);
        notifier.notify(c.getAuthorId(), Notification.Kind.LIKE_COMMENT, accountId, c.getNoteId(), commentId);
    }

    @Transactional
    public void unlikeComment(long accountId, long commentId) {
        comments.requireVisible(commentId, accountId);
        int removed = em.createNativeQuery("DELETE FROM cm_comment_like WHERE comment_id = ?1 AND account_id = ?2")
                .setParameter(1, commentId).setParameter(2, accountId).executeUpdate();
        if (removed > 0) {
            Counters.add(em, "cm_comment", "like_count", commentId, -1);
        }
    }

    /** Which of these notes the viewer has liked (one query for a whole page). */
    public Set<Long> likedNotes(long accountId, Collection<Long> noteIds) {
        return likedAmong("cm_note_like", "note_id", accountId, noteIds);
    }

    public Set<Long> likedComments(long accountId, Collection<Long> commentIds) {
        return likedAmong("cm_comment_like", "comment_id", accountId, commentIds);
    }

    private Set<Long> likedAmong(String table, String column, long accountId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT " + column + " FROM " + table
                        + " WHERE account_id = ?1 AND " + column + " IN (?2)")
                .setParameter(1, accountId).setParameter(2, ids).getResultList();
        Set<Long> out = new HashSet<>();
        rows.forEach(n -> out.add(n.longValue()));
        return out;
    }

    private boolean exists(String table, String column, long id, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE " + column + " = ?1 AND account_id = ?2")
                .setParameter(1, id).setParameter(2, accountId).getResultList().isEmpty();
    }
}
