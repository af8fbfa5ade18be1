package org.notegarden.community.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.compliance.api.Erasure;

/**
 * "Delete my account", confirmed with the password and done at once in one transaction: the
 * request is recorded, every module erases its part, orders go under legal hold; a wrong password
 * changes nothing.
 */
@ApplicationScoped
public class AccountDeletion {
    private final AccountService accounts;
    private final Erasure erasure;

    @Inject
    public AccountDeletion(AccountService accounts, Erasure erasure) {
        this.accounts = accounts;
        this.erasure = erasure;
    }

    /** For the CDI proxy only. */
    protected AccountDeletion() {
        this(null, null);
    }

    /** Returns the id of the recorded erasure request. */
    @Transactional
    public long deleteOwnAccount(long accountId, String password) {
        Account a = accounts.confirmIdentity(accountId, password);
        return erasure.erase(accountId, a.getRegionId());
    }
}
