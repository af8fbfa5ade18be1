package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import org.notegarden.community.api.RoleGranted;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.platform.api.Role;

/** Grants roles other modules decide on, in their transaction, and audits the grant. */
@ApplicationScoped
public class RoleGrants {
    AuditLog audit;

    AccountRepository accountRepository;

    @Inject
    public RoleGrants(AuditLog audit, AccountRepository accountRepository) {
        this.accountRepository = accountRepository;
        this.audit = audit;
    }

    /** For the CDI container's proxy only. */
    protected RoleGrants() {
    }

    void onGranted(@Observes RoleGranted granted) {
        Account account = accountRepository.byId(granted.accountId())
                .orElseThrow(() -> new IllegalStateException("no account " + granted.accountId()));
        EnumSet<Role> roles = EnumSet.copyOf(account.getRoles());
        if (roles.add(granted.role())) {
            account.setRoles(roles);
            audit.record(granted.actorId(), "account.role.granted", "account:" + account.getId(),
                    granted.role() + ": " + granted.reason());
        }
    }
}
