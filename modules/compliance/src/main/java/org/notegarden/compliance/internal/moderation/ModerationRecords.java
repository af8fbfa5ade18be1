package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.notegarden.compliance.api.SubjectKind;

/**
 * The moderation record: cases, statements of reasons, appeals, notices, strikes and trusted
 * flaggers. What is added is written at once (flushed), because the ids go straight into
 * statements, receipts and audit lines.
 */
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

    void add(ReviewCase reviewCase) {
        persist(reviewCase);
    }

    void add(Appeal appeal) {
        persist(appeal);
    }

    void add(Notice notice) {
        persist(notice);
    }

    void add(Strike strike) {
        persist(strike);
    }

    private void persist(Object record) {
        em.persist(record);
        em.flush();
    }

    /** Open cases in these queue languages, most urgent first, then oldest. */
    List<ReviewCase> openCases(List<String> languages) {
        return em.createQuery("select c from ReviewCase c where c.state = :open and c.language in :langs "
                        + "order by c.priority desc, c.createdAt, c.id", ReviewCase.class)
                .setParameter("open", ReviewCase.State.OPEN).setParameter("langs", languages)
                .setMaxResults(100).getResultList();
    }

    /** The open case about this subject, if there is one (a second report joins it). */
    Optional<ReviewCase> openCaseAbout(SubjectKind kind, long subjectId) {
        return em.createQuery("select c from ReviewCase c where c.subjectKind = :k and c.subjectId = :id "
                        + "and c.state = :open", ReviewCase.class)
                .setParameter("k", kind).setParameter("id", subjectId).setParameter("open", ReviewCase.State.OPEN)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Undecided appeals in these queue languages, oldest first. */
    List<Appeal> openAppeals(List<String> languages) {
        return em.createQuery("select a from Appeal a where a.outcome is null and a.language in :langs order by a.createdAt, a.id",
                Appeal.class).setParameter("langs", languages).setMaxResults(100).getResultList();
    }

    List<Strike> strikesOf(long caseId) {
        return em.createQuery("select s from Strike s where s.caseId = :c", Strike.class).setParameter("c", caseId)
                .getResultList();
    }

    /** Strikes against an account that were not withdrawn, given after {@code since}. */
    long activeStrikes(long accountId, Instant since) {
        return em.createQuery("select count(s) from Strike s where s.accountId = :a and s.withdrawn = false and s.createdAt > :since",
                        Long.class).setParameter("a", accountId).setParameter("since", since).getSingleResult();
    }

    /** Whether this account filed a notice that is part of the case. */
    boolean notified(long caseId, long accountId) {
        return !em.createQuery("select n.id from Notice n where n.caseId = :c and n.notifierId = :p", Long.class)
                .setParameter("c", caseId).setParameter("p", accountId).setMaxResults(1).getResultList().isEmpty();
    }

    List<Notice> pendingNoticesOf(long caseId) {
        return em.createQuery("select n from Notice n where n.caseId = :c and n.outcome = :pending", Notice.class)
                .setParameter("c", caseId).setParameter("pending", Notice.Outcome.PENDING).getResultList();
    }

    /** The category the first notice of a case named, if any notice did. */
    Optional<NoticeCategory> firstNoticeCategory(long caseId) {
        return em.createQuery("select n.category from Notice n where n.caseId = :c order by n.id", NoticeCategory.class)
                .setParameter("c", caseId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * Notices by a signed-in notifier ({@code notifierId}) or else by an address that needed no
     * action, settled after {@code since}.
     */
    long unfoundedNotices(Long notifierId, String email, Instant since) {
        String who = notifierId != null ? "n.notifierId = :who" : "n.notifierEmail = :who";
        return em.createQuery("select count(n) from Notice n where " + who + " and n.outcome = :none and n.outcomeAt > :since",
                        Long.class)
                .setParameter("who", notifierId != null ? (Object) notifierId : email)
                .setParameter("none", Notice.Outcome.NO_ACTION).setParameter("since", since)
                .getSingleResult();
    }
}
