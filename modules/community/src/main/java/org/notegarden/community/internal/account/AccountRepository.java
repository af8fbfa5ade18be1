package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Accounts by id, for every part of the module that needs one: empty for an id that does not exist. */
@ApplicationScoped
public class AccountRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Account> byId(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId));
    }
}
