package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Notes by id, whatever their state (callers decide what a viewer may see): empty for an unknown id. */
@ApplicationScoped
public class NoteRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Note> byId(long noteId) {
        return Optional.ofNullable(em.find(Note.class, noteId));
    }
}
