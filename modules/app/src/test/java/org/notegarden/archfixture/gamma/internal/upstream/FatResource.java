package org.notegarden.archfixture.gamma.internal.upstream;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

/** Fixture: a resource that runs its own transaction and queries the database itself. */
@Path("fat")
public class FatResource {
    EntityManager em;

    @Transactional
    public Object load(long id) {
        return em.find(Object.class, id);
    }
}
