package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.notegarden.compliance.api.PersonalData;

/** Compliance's part of an export: consents, privacy requests, decisions, appeals and reports filed. */
@ApplicationScoped
public class CompliancePersonalData implements PersonalData {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public record Consent(String purpose, boolean granted, String noticeVersion, String source, Instant at) {
    }

    public record Request(long id, String kind, String regime, String status, Instant createdAt, Instant dueAt, Instant completedAt) {
    }

    public record Decision(String puid, String decision, String subjectKind, long subjectId, String facts, String policyClause,
                           Instant at, Instant reversedAt) {
    }

    public record Report(long id, String subjectKind, long subjectId, String category, String explanation, String outcome, Instant at) {
    }

    @Override
    public String section() {
        return "compliance";
    }

    @Override
    public void export(long accountId, ExportSink sink) throws IOException {
        sink.json("compliance/consents.json", em.createQuery("select c from ConsentRecord c where c.accountId = :a order by c.id", ConsentRecord.class)
                .setParameter("a", accountId).getResultList().stream()
                .map(c -> new Consent(c.getPurpose().name(), c.isGranted(), c.getNoticeVersion(), c.getSource().name(), c.getAt())).toList());
        sink.json("compliance/privacy-requests.json", em.createQuery("select r from PrivacyRequest r where r.accountId = :a order by r.id",
                        PrivacyRequest.class).setParameter("a", accountId).getResultList().stream()
                .map(r -> new Request(r.getId(), r.getKind().name(), r.getRegime(), r.getStatus().name(), r.getCreatedAt(), r.getDueAt(),
                        r.getCompletedAt())).toList());
        List<Object[]> decisions = em.createQuery("select s.puid, s.decision, s.subjectKind, s.subjectId, s.facts, s.policyClause, s.createdAt, "
                + "s.reversedAt from org.notegarden.compliance.internal.moderation.Statement s where s.accountId = :a order by s.id", Object[].class)
                .setParameter("a", accountId).getResultList();
        sink.json("compliance/decisions-about-you.json", decisions.stream().map(r -> new Decision((String) r[0], String.valueOf(r[1]),
                String.valueOf(r[2]), (Long) r[3], (String) r[4], (String) r[5], (Instant) r[6], (Instant) r[7])).toList());
        List<Object[]> reports = em.createQuery("select n.id, n.subjectKind, n.subjectId, n.category, n.explanation, n.outcome, n.createdAt "
                + "from org.notegarden.compliance.internal.moderation.Notice n where n.notifierId = :a order by n.id", Object[].class)
                .setParameter("a", accountId).getResultList();
        sink.json("compliance/reports-you-filed.json", reports.stream().map(r -> new Report((Long) r[0], String.valueOf(r[1]), (Long) r[2],
                String.valueOf(r[3]), (String) r[4], String.valueOf(r[5]), (Instant) r[6])).toList());
    }
}
