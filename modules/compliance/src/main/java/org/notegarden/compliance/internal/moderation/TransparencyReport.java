package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The transparency report for a period (DSA Art. 15/24): notices by category and source,
 * screening holds, actions by type, how much was automated, median handling time, appeals
 * and reversals. Computed from the records themselves, never kept by hand.
 */
@ApplicationScoped
public class TransparencyReport {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public record Report(LocalDate from, LocalDate to, long notices, Map<String, Long> noticesByCategory,
                         Map<String, Long> noticesBySource, long heldByScreening, long decisions,
                         Map<String, Long> actionsByType, long statements, double automatedDetectionShare,
                         double automatedDecisionShare, Double medianHandlingHours, long appeals, long appealsDecided,
                         long reversals) {
    }

    public Report of(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Long> byCategory = counts("select n.category, count(n) from Notice n where n.createdAt >= :a and n.createdAt < :b "
                + "group by n.category", start, end);
        Map<String, Long> bySource = new TreeMap<>();
        em.createQuery("select n.trusted, count(n) from Notice n where n.createdAt >= :a and n.createdAt < :b group by n.trusted",
                        Object[].class).setParameter("a", start).setParameter("b", end).getResultList()
                .forEach(r -> bySource.put(Boolean.TRUE.equals(r[0]) ? "TRUSTED_FLAGGER" : "NOTICE", ((Number) r[1]).longValue()));
        long notices = bySource.values().stream().mapToLong(Long::longValue).sum();
        long held = count("select count(c) from ReviewCase c where c.held = true and c.createdAt >= :a and c.createdAt < :b", start, end);
        Map<String, Long> actions = counts("select c.decision, count(c) from ReviewCase c where c.decidedAt >= :a and c.decidedAt < :b "
                + "group by c.decision", start, end);
        long decisions = actions.values().stream().mapToLong(Long::longValue).sum();
        long statements = count("select count(s) from Statement s where s.createdAt >= :a and s.createdAt < :b", start, end);
        long autoDetected = count("select count(s) from Statement s where s.automatedDetection = true and s.createdAt >= :a and s.createdAt < :b", start, end);
        long autoDecided = count("select count(s) from Statement s where s.automatedDecision = true and s.createdAt >= :a and s.createdAt < :b", start, end);
        List<Object[]> spans = em.createQuery("select c.createdAt, c.decidedAt from ReviewCase c where c.decidedAt >= :a and c.decidedAt < :b",
                Object[].class).setParameter("a", start).setParameter("b", end).getResultList();
        List<Long> seconds = new ArrayList<>();
        spans.forEach(r -> seconds.add(Duration.between((Instant) r[0], (Instant) r[1]).toSeconds()));
        seconds.sort(Long::compare);
        Double median = seconds.isEmpty() ? null : Math.round(medianOf(seconds) / 36.0) / 100.0;
        long appeals = count("select count(a) from Appeal a where a.createdAt >= :a and a.createdAt < :b", start, end);
        long appealsDecided = count("select count(a) from Appeal a where a.decidedAt >= :a and a.decidedAt < :b", start, end);
        long reversals = count("select count(a) from Appeal a where a.outcome = org.notegarden.compliance.internal.moderation.Appeal.Outcome.REVERSED "
                + "and a.decidedAt >= :a and a.decidedAt < :b", start, end);
        return new Report(from, to, notices, byCategory, bySource, held, decisions, actions, statements,
                share(autoDetected, statements), share(autoDecided, statements), median, appeals, appealsDecided, reversals);
    }

    private static double medianOf(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 1000.0;
    }

    private long count(String jpql, Instant a, Instant b) {
        return em.createQuery(jpql, Long.class).setParameter("a", a).setParameter("b", b).getSingleResult();
    }

    private Map<String, Long> counts(String jpql, Instant a, Instant b) {
        Map<String, Long> out = new TreeMap<>();
        em.createQuery(jpql, Object[].class).setParameter("a", a).setParameter("b", b).getResultList()
                .forEach(r -> out.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return out;
    }
}
