package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.notegarden.community.internal.account.ProfilePrivacyChanged;

/** An author's notes follow their profile's privacy, in the same transaction as the switch. */
@ApplicationScoped
public class AuthorPrivacy {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** Through the entities, so the search index follows the new setting too. */
    void changed(@Observes ProfilePrivacyChanged change) {
        em.createQuery("select n from Note n where n.authorId = :a and n.authorPrivate <> :p", Note.class)
                .setParameter("a", change.accountId()).setParameter("p", change.nowPrivate()).getResultList()
                .forEach(n -> n.setAuthorPrivate(change.nowPrivate()));
    }
}
