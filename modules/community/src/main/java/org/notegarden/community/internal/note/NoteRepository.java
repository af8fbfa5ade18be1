package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Notes by id, whatever their state (callers decide what a viewer may see): empty for an unknown id. Stores new notes. */
@ApplicationScoped
public class NoteRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Note> byId(long noteId) {
        return Optional.ofNullable(em.find(Note.class, noteId));
    }

    void add(Note note) {
        em.persist(note);
    }

    /** Writes pending changes now, so a new note has its id before it is screened. */
    void flush() {
        em.flush();
    }
}
