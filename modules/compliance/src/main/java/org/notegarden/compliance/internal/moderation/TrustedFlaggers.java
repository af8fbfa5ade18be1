package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Problems;

/** Trusted flaggers (DSA Art. 22): accounts of organisations whose notices go first. */
@ApplicationScoped
public class TrustedFlaggers {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    AuditLog audit;
    Clock clock;

    @Inject
    public TrustedFlaggers(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected TrustedFlaggers() {
    }

    /** Names {@code accountId} a trusted flagger for {@code organisation} (audited); naming again changes nothing. */
    @Transactional
    public String name(long adminId, long accountId, String organisation) {
        if (organisation == null || organisation.isBlank() || organisation.length() > 200) {
            throw Problems.invalid("name", ComplianceMessages.NAME_ORGANISATION_AT_MOST_200_CHARACTERS);
        }
        String name = organisation.strip();
        if (em.find(TrustedFlagger.class, accountId) == null) {
            em.persist(new TrustedFlagger(accountId, name, clock.instant()));
            audit.record(adminId, "moderation.trusted-flagger.named", "account:" + accountId, name);
        }
        return name;
    }
}
