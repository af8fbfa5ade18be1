package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Sessions by the hash of their token; {@link SessionService} decides when they are valid. */
@ApplicationScoped
class SessionRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    void add(Session session) {
        em.persist(session);
    }

    /** The session with this token hash and its account, in one query (every request asks). */
    Optional<SessionService.Resolved> withAccount(String tokenHash) {
        List<Object[]> rows = em.createQuery(
                        "select s, a from Session s, Account a where s.tokenHash = :h and a.id = s.accountId", Object[].class)
                .setParameter("h", tokenHash).getResultList();
        return rows.stream().findFirst().map(r -> new SessionService.Resolved((Session) r[0], (Account) r[1]));
    }

    void remove(String tokenHash) {
        em.createQuery("delete from Session s where s.tokenHash = :h").setParameter("h", tokenHash).executeUpdate();
    }

    void removeAllOf(long accountId) {
        em.createQuery("delete from Session s where s.accountId = :a").setParameter("a", accountId).executeUpdate();
    }
}
