package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.notegarden.platform.api.Cursor;

/** Comments by id, whatever their state (empty for an unknown id), and the pages of a conversation. */
@ApplicationScoped
public class CommentRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Comment> byId(long commentId) {
        return Optional.ofNullable(em.find(Comment.class, commentId));
    }

    /** Stores a new comment and gives it its id at once: screening needs it. */
    void add(Comment comment) {
        em.persist(comment);
        em.flush();
    }

    /**
     * Top-level comments in order, including deleted ones that still have replies (shown as a
     * tombstone) and held ones to their own author.
     */
    List<Comment> topLevel(long noteId, Long viewerId, Cursor after, int limit) {
        return em.createQuery("select c from Comment c where c.noteId = :n and c.parentId is null and c.id > :after "
                        + "and (c.deleted = false or c.replyCount > 0) and (c.moderation = 'NONE' or c.authorId = :viewer) "
                        + "order by c.id", Comment.class)
                .setParameter("n", noteId).setParameter("viewer", viewerId == null ? -1L : viewerId)
                .setParameter("after", after == null ? 0L : after.id())
                .setMaxResults(limit + 1).getResultList();
    }

    List<Comment> replies(long parentId, Long viewerId, Cursor after, int limit) {
        return em.createQuery("select c from Comment c where c.parentId = :p and c.id > :after and c.deleted = false "
                        + "and (c.moderation = 'NONE' or c.authorId = :viewer) order by c.id", Comment.class)
                .setParameter("p", parentId).setParameter("viewer", viewerId == null ? -1L : viewerId)
                .setParameter("after", after == null ? 0L : after.id())
                .setMaxResults(limit + 1).getResultList();
    }
}
