package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Problems;

/** Which review queues (by language) a moderator works on; all of them until they choose. */
@ApplicationScoped
public class ModeratorLanguages {
    static final List<String> ALL = List.of("zh", "en", "other");

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    AuditLog audit;

    @Inject
    public ModeratorLanguages(AuditLog audit) {
        this.audit = audit;
    }

    /** For the CDI container's proxy only. */
    protected ModeratorLanguages() {
    }

    public List<String> of(long moderatorId) {
        Moderators m = em.find(Moderators.class, moderatorId);
        return m == null || m.languages().isEmpty() ? ALL : m.languages();
    }

    /** Sets the moderator's queues (audited); a 422 naming {@code languages} for an empty or unknown choice. */
    @Transactional
    public List<String> choose(long moderatorId, List<String> languages) {
        if (languages == null || languages.isEmpty() || !ALL.containsAll(languages)) {
            throw Problems.invalid("languages", ComplianceMessages.CHOOSE_ONE_OR_MORE_OF_N, ALL);
        }
        List<String> chosen = List.copyOf(languages);
        Moderators m = em.find(Moderators.class, moderatorId);
        if (m == null) {
            em.persist(new Moderators(moderatorId, chosen));
        } else {
            m.set(chosen);
        }
        audit.record(moderatorId, "moderation.languages.set", "account:" + moderatorId, String.join(",", chosen));
        return chosen;
    }
}
