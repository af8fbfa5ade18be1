package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the moderation record: cases, statements of reasons, appeals, notices and trusted flaggers. */
@ApplicationScoped
public class ModerationRecords {
    /** A person's own lists stop at this many, newest first. */
    static final int MAX_LISTED = 200;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<ReviewCase> reviewCase(long caseId) {
        return Optional.ofNullable(em.find(ReviewCase.class, caseId));
    }

    public Optional<Appeal> appeal(long appealId) {
        return Optional.ofNullable(em.find(Appeal.class, appealId));
    }

    public Optional<Notice> notice(long noticeId) {
        return Optional.ofNullable(em.find(Notice.class, noticeId));
    }

    /** Whether an admin named this account a trusted flagger. */
    public boolean isTrustedFlagger(long accountId) {
        return em.find(TrustedFlagger.class, accountId) != null;
    }

    public Optional<Statement> statement(long statementId) {
        return Optional.ofNullable(em.find(Statement.class, statementId));
    }

    /** The statements of reasons addressed to {@code accountId}, newest first. */
    public List<Statement> statementsTo(long accountId) {
        return em.createQuery("select s from Statement s where s.accountId = :me order by s.id desc", Statement.class)
                .setParameter("me", accountId).setMaxResults(MAX_LISTED).getResultList();
    }

    /** The appeal {@code appellantId} made against the decision on {@code caseId}, if any. */
    public Optional<Appeal> appealOf(long caseId, long appellantId) {
        return em.createQuery("select a from Appeal a where a.caseId = :c and a.appellantId = :p", Appeal.class)
                .setParameter("c", caseId).setParameter("p", appellantId).getResultStream().findFirst();
    }

    /** The appeals {@code appellantId} made, newest first. */
    public List<Appeal> appealsBy(long appellantId) {
        return em.createQuery("select a from Appeal a where a.appellantId = :me order by a.id desc", Appeal.class)
                .setParameter("me", appellantId).setMaxResults(MAX_LISTED).getResultList();
    }

    /** The notices (reports) that led to a case, oldest first. */
    public List<Notice> noticesOf(long caseId) {
        return em.createQuery("select n from Notice n where n.caseId = :c order by n.id", Notice.class)
                .setParameter("c", caseId).getResultList();
    }
}
