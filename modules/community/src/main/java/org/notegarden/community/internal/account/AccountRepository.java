package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts by id, handle or address, for every part of the module that needs one: empty when there is none. */
@ApplicationScoped
public class AccountRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Account> byId(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId));
    }

    void add(Account account) {
        em.persist(account);
    }

    /** Writes pending changes now, so that screening reads what the person just typed. */
    void flush() {
        em.flush();
    }

    public Optional<Account> byHandle(String handle) {
        return em.createQuery("select a from Account a where a.handleKey = :k", Account.class)
                .setParameter("k", Account.keyOf(handle)).getResultStream().findFirst();
    }

    /** The ids of the accounts with these handle keys (lower-cased handles), by key; unknown keys are absent. */
    public Map<String, Long> idsByHandleKey(Collection<String> handleKeys) {
        Map<String, Long> out = new HashMap<>();
        if (handleKeys.isEmpty()) {
            return out;
        }
        em.createQuery("select a.handleKey, a.id from Account a where a.handleKey in :h", Object[].class)
                .setParameter("h", handleKeys).getResultList()
                .forEach(r -> out.put((String) r[0], (Long) r[1]));
        return out;
    }

    /** Whether some account's handle looks like this skeleton (see {@link HandleSkeleton}). */
    boolean skeletonTaken(String skeleton) {
        return !em.createNativeQuery("SELECT 1 FROM cm_account WHERE handle_skeleton = ?1")
                .setParameter(1, skeleton).setMaxResults(1).getResultList().isEmpty();
    }

    Optional<Account> byVerifiedEmail(String email) {
        return em.createQuery("select a from Account a where a.verifiedEmailKey = :k", Account.class)
                .setParameter("k", Account.keyOf(email)).getResultStream().findFirst();
    }

    /** Up to two accounts that named this address and have not proved it: more than one means it is ambiguous. */
    List<Account> unprovedByEmail(String email) {
        return em.createQuery("select a from Account a where a.emailKey = :k and a.verifiedEmailKey is null",
                Account.class).setParameter("k", Account.keyOf(email)).setMaxResults(2).getResultList();
    }
}
