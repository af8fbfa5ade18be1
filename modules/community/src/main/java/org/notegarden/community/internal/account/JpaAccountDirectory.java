package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.notegarden.community.api.AccountDirectory;
import org.notegarden.community.api.AccountSummary;
import org.notegarden.community.internal.account.People;

/** The community's answer to other modules asking about people. */
@ApplicationScoped
public class JpaAccountDirectory implements AccountDirectory {
    AccountService accounts;
    People views;

    @Inject
    public JpaAccountDirectory(AccountService accounts, People views) {
        this.accounts = accounts;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected JpaAccountDirectory() {
    }

    @Override
    public Optional<AccountSummary> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    @Override
    public Optional<AccountSummary> byHandle(String handle) {
        return accounts.findByHandle(handle).flatMap(a -> byId(a.getId()));
    }

    @Override
    public Map<Long, AccountSummary> byIds(Collection<Long> ids) {
        Map<Long, AccountSummary> out = new HashMap<>();
        views.people(ids).forEach((id, p) -> out.put(id, new AccountSummary(p.id(), p.handle(), p.displayName(), p.avatarUrl())));
        return out;
    }
}
