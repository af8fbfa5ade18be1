package org.notegarden.archfixture.gamma.internal.upstream;

import jakarta.persistence.EntityManager;

/** Fixture: a service that writes its own queries instead of asking a repository. */
public class QueryingService {
    EntityManager em;

    public long count() {
        return (Long) em.createQuery("select count(x) from Thing x").getSingleResult();
    }
}
