package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.api.NoteLookup;

/** Community's published notes, offered to sibling modules through the platform's port. */
@ApplicationScoped
public class JpaNoteLookup implements NoteLookup {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Override
    public Map<Long, NoteRef> published(Collection<Long> noteIds) {
        Map<Long, NoteRef> out = new HashMap<>();
        if (noteIds.isEmpty()) {
            return out;
        }
        em.createQuery("select new org.notegarden.community.api.NoteLookup$NoteRef(n.id, n.title, n.authorId) from Note n"
                        + " where n.id in :ids and n.state = :published", NoteRef.class)
                .setParameter("ids", Set.copyOf(noteIds)).setParameter("published", Note.State.PUBLISHED)
                .getResultList().forEach(ref -> out.put(ref.id(), ref));
        return out;
    }
}
