package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.notification.SubjectTexts;

/** Note titles and comment texts for the notification list, one query each per page. */
@ApplicationScoped
public class NotificationSubjectTexts implements SubjectTexts {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Override
    public Map<Long, String> noteTitles(Collection<Long> noteIds) {
        return texts("select n.id, n.title from Note n where n.id in :ids", noteIds);
    }

    @Override
    public Map<Long, String> commentBodies(Collection<Long> commentIds) {
        return texts("select c.id, c.body from Comment c where c.id in :ids", commentIds);
    }

    private Map<Long, String> texts(String jpql, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(jpql, Object[].class).setParameter("ids", Set.copyOf(ids)).getResultList()
                    .forEach(r -> out.put((Long) r[0], (String) r[1]));
        }
        return out;
    }
}
