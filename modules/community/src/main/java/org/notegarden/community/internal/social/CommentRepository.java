package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Comments by id, whatever their state: empty for an unknown id. */
@ApplicationScoped
public class CommentRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Comment> byId(long commentId) {
        return Optional.ofNullable(em.find(Comment.class, commentId));
    }
}
