package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a calendar year in the sections of the Commission's transparency-report template
 * (Implementing Regulation (EU) 2024/2835, Annex I): notices (Art. 15(1)(b)), own-initiative
 * moderation (Art. 15(1)(c)), complaints (Art. 15(1)(d)) and suspensions (Art. 23). Counted from
 * the moderation record, with the Transparency Database's categories, like the statements.
 */
@ApplicationScoped
public class TransparencyTemplate {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** One section: its file name, column names and rows (numbers or text, in column order). */
    public record Section(String name, List<String> columns, List<List<Object>> rows) {
    }

    public List<Section> of(int year) {
        Instant from = Instant.parse(year + "-01-01T00:00:00Z");
        Instant to = Instant.parse((year + 1) + "-01-01T00:00:00Z");
        return List.of(notices(from, to), ownInitiative(from, to), complaints(from, to), suspensions(from, to));
    }

    /** Notices received in the year, by category, with what became of them and how fast. */
    Section notices(Instant from, Instant to) {
        List<Object[]> found = em.createQuery("select n.category, n.trusted, n.outcome, n.createdAt, n.outcomeAt, s.illegalGround, "
                        + "s.automatedDecision from Notice n join ReviewCase c on c.id = n.caseId "
                        + "left join Statement s on s.id = c.statementId where n.createdAt >= :a and n.createdAt < :b", Object[].class)
                .setParameter("a", from).setParameter("b", to).getResultList();
        Map<String, long[]> byCategory = new TreeMap<>();
        Map<String, List<Long>> hours = new HashMap<>();
        for (Object[] r : found) {
            NoticeCategory category = (NoticeCategory) r[0];
            String key = category.dsaCategory + "|" + (category.dsaKeyword == null ? "" : category.dsaKeyword);
            long[] c = byCategory.computeIfAbsent(key, k -> new long[7]);
            Notice.Outcome outcome = (Notice.Outcome) r[2];
            c[0]++;
            c[1] += Boolean.TRUE.equals(r[1]) ? 1 : 0;
            if (outcome == Notice.Outcome.ACTION_TAKEN) {
                c[r[5] != null ? 2 : 3]++;
            }
            c[4] += outcome == Notice.Outcome.NO_ACTION ? 1 : 0;
            c[5] += outcome == Notice.Outcome.PENDING ? 1 : 0;
            c[6] += Boolean.TRUE.equals(r[6]) ? 1 : 0;
            if (r[4] != null) {
                hours.computeIfAbsent(key, k -> new ArrayList<>()).add(Duration.between((Instant) r[3], (Instant) r[4]).toMinutes());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        byCategory.forEach((key, c) -> {
            String[] parts = key.split("\\|", -1);
            rows.add(List.of(parts[0], parts[1], c[0], c[1], c[2], c[3], c[4], c[5], c[6], medianHours(hours.get(key))));
        });
        return new Section("notices", List.of("category", "category_specification", "notices_received",
                "from_trusted_flaggers", "action_taken_illegal_content", "action_taken_terms_and_conditions", "no_action",
                "pending", "processed_by_automated_means", "median_hours_to_outcome"), rows);
    }

    /**
     * Restrictions the platform imposed on its own initiative (screening found the content, or
     * the repeat-violation rule suspended the account), by category, type of restriction and how
     * automated detection and decision were.
     */
    Section ownInitiative(Instant from, Instant to) {
        List<Statement> found = em.createQuery("select s from Statement s where s.createdAt >= :a and s.createdAt < :b "
                        + "and (s.source = 'SCREENING' or s.automatedDecision = true)", Statement.class)
                .setParameter("a", from).setParameter("b", to).getResultList();
        Map<List<Object>, Long> counts = new TreeMap<>((x, y) -> x.toString().compareTo(y.toString()));
        for (Statement s : found) {
            Decision d = s.getDecision();
            String restriction = d == Decision.SUSPEND ? "DECISION_ACCOUNT_SUSPENDED"
                    : d == Decision.TERMINATE ? "DECISION_ACCOUNT_TERMINATED"
                    : d.aboutAccount() ? "DECISION_VISIBILITY_CONTENT_REMOVED" : d.dsaVisibility;
            List<Object> key = List.of(TdbVocabulary.category(s.getCategory()), restriction,
                    s.isAutomatedDetection() ? "Yes" : "No",
                    s.isAutomatedDecision() ? "AUTOMATED_DECISION_FULLY" : "AUTOMATED_DECISION_NOT_AUTOMATED");
            counts.merge(key, 1L, Long::sum);
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((key, n) -> {
            List<Object> row = new ArrayList<>(key);
            row.add(n);
            rows.add(row);
        });
        return new Section("own_initiative", List.of("category", "restriction", "automated_detection", "automated_decision",
                "measures"), rows);
    }

    /** Internal complaints (appeals) received in the year, by who complained, with outcomes and speed. */
    Section complaints(Instant from, Instant to) {
        List<Appeal> found = em.createQuery("select a from Appeal a where a.createdAt >= :a and a.createdAt < :b", Appeal.class)
                .setParameter("a", from).setParameter("b", to).getResultList();
        List<List<Object>> rows = new ArrayList<>();
        for (Appeal.Role role : Appeal.Role.values()) {
            List<Appeal> mine = found.stream().filter(a -> a.getAppellantRole() == role).toList();
            List<Long> minutes = mine.stream().filter(a -> a.getDecidedAt() != null)
                    .map(a -> Duration.between(a.getCreatedAt(), a.getDecidedAt()).toMinutes()).toList();
            long upheld = mine.stream().filter(a -> a.getOutcome() == Appeal.Outcome.UPHELD).count();
            long reversed = mine.stream().filter(a -> a.getOutcome() == Appeal.Outcome.REVERSED).count();
            rows.add(List.of(role == Appeal.Role.AFFECTED ? "affected_recipient" : "notifier", (long) mine.size(),
                    upheld + reversed, upheld, reversed, mine.size() - upheld - reversed, medianHours(minutes)));
        }
        return new Section("complaints", List.of("complainant", "received", "decided", "decision_upheld", "decision_reversed",
                "pending", "median_hours_to_decision"), rows);
    }

    /**
     * Art. 23 measures in the year: accounts suspended or terminated, those suspended by the
     * repeat-violation rule, and notifiers whose notices were paused after ten unfounded ones.
     * Complaint handling is never suspended here, so that row is 0.
     */
    Section suspensions(Instant from, Instant to) {
        long suspended = count("select count(s) from Statement s where s.decision = :d and s.createdAt >= :a and s.createdAt < :b",
                Decision.SUSPEND, from, to);
        long automatic = count("select count(s) from Statement s where s.decision = :d and s.automatedDecision = true "
                + "and s.createdAt >= :a and s.createdAt < :b", Decision.SUSPEND, from, to);
        long terminated = count("select count(s) from Statement s where s.decision = :d and s.createdAt >= :a and s.createdAt < :b",
                Decision.TERMINATE, from, to);
        long paused = pausedNotifiers("n.notifierId", "n.notifierId is not null", from, to)
                + pausedNotifiers("n.notifierEmail", "n.notifierId is null and n.notifierEmail is not null", from, to);
        return new Section("suspensions", List.of("measure", "ground", "count"), List.of(
                List.of("account_suspended", "repeated_violations_or_illegal_content", suspended),
                List.of("account_suspended_automatically", "repeated_violations_within_90_days", automatic),
                List.of("account_terminated", "illegal_content_or_terms_and_conditions", terminated),
                List.of("notice_processing_suspended", "manifestly_unfounded_notices", paused),
                List.of("complaint_processing_suspended", "manifestly_unfounded_complaints", 0L)));
    }

    /** Notifiers (signed in, or by address) with enough unfounded notices settled in the period to be paused. */
    private long pausedNotifiers(String who, String which, Instant a, Instant b) {
        return em.createQuery("select " + who + ", count(n) from Notice n where " + which + " and n.outcome = :none "
                        + "and n.outcomeAt >= :a and n.outcomeAt < :b group by " + who, Object[].class)
                .setParameter("none", Notice.Outcome.NO_ACTION).setParameter("a", a).setParameter("b", b).getResultList()
                .stream().filter(r -> ((Number) r[1]).longValue() >= NoticeService.PAUSE_AFTER_UNFOUNDED).count();
    }

    private long count(String jpql, Decision d, Instant a, Instant b) {
        return em.createQuery(jpql, Long.class).setParameter("d", d).setParameter("a", a).setParameter("b", b).getSingleResult();
    }

    /** The median of durations in minutes, as hours with one decimal; empty text when there are none. */
    private static Object medianHours(List<Long> minutes) {
        if (minutes == null || minutes.isEmpty()) {
            return "";
        }
        List<Long> sorted = minutes.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return Math.round(median / 6.0) / 10.0;
    }

    static int currentYear(Instant now) {
        return now.atOffset(ZoneOffset.UTC).getYear();
    }
}
