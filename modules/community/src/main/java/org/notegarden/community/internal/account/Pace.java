package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.notegarden.compliance.api.VelocityLimits;

/** Asks compliance whether this account may post, comment or follow again now (429 if not). */
@ApplicationScoped
public class Pace {
    VelocityLimits limits;

    AccountRepository accountRepository;

    @Inject
    public Pace(VelocityLimits limits, AccountRepository accountRepository) {
        this.accountRepository = accountRepository;
        this.limits = limits;
    }

    /** For the CDI container's proxy only. */
    protected Pace() {
    }

    public void check(long accountId, VelocityLimits.Action action) {
        limits.check(accountId, accountRepository.byId(accountId).map(Account::getCreatedAt).orElse(null), action);
    }
}
