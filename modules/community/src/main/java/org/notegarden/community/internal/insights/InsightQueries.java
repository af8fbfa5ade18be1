package org.notegarden.community.internal.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteRepository;
import org.notegarden.community.internal.tally.InsightKind;

/** Reads the aggregates into dashboards: a creator's own notes, or the notes featuring a brand's products. */
@ApplicationScoped
public class InsightQueries {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    People accounts;

    NoteRepository noteRepository;

    @Inject
    public InsightQueries(People accounts, NoteRepository noteRepository) {
        this.noteRepository = noteRepository;
        this.accounts = accounts;
    }

    /** For the CDI container's proxy only. */
    protected InsightQueries() {
    }

    public Dashboard forNotes(List<Note> notes, Long followersOf, Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        List<Long> ids = notes.stream().map(Note::getId).toList();
        Map<Long, Map<InsightKind, long[]>> perNote = new HashMap<>();     // kind -> {n}
        Map<Long, Map<String, Long>> revenue = new HashMap<>();
        Map<LocalDate, Map<InsightKind, Long>> perDay = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> byLocale = new TreeMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            for (Object[] r : rows("SELECT note_id, kind, currency, stat_day, region, locale, SUM(n), SUM(amount_minor) FROM cm_note_stat "
                    + "WHERE note_id IN (:ids) AND stat_day BETWEEN :from AND :to GROUP BY note_id, kind, currency, stat_day, region, locale",
                    chunk, from, to)) {
                long noteId = ((Number) r[0]).longValue();
                InsightKind kind = InsightKind.valueOf((String) r[1]);
                String currency = (String) r[2];
                LocalDate day = day(r[3]);
                long n = ((Number) r[6]).longValue();
                long amount = ((Number) r[7]).longValue();
                perNote.computeIfAbsent(noteId, k -> new EnumMap<>(InsightKind.class)).computeIfAbsent(kind,
                        k -> new long[1])[0] += n;
                if (kind == InsightKind.ORDER) {
                    revenue.computeIfAbsent(noteId, k -> new TreeMap<>()).merge(currency, amount, Long::sum);
                }
                perDay.computeIfAbsent(day, d -> new EnumMap<>(InsightKind.class)).merge(kind, n, Long::sum);
                if (kind == InsightKind.READ) {
                    byRegion.merge((String) r[4], n, Long::sum);
                    byLocale.merge((String) r[5], n, Long::sum);
                }
            }
        }
        Map<LocalDate, Long> follows = new TreeMap<>();
        if (followersOf != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT stat_day, SUM(n) FROM cm_account_stat WHERE account_id = :a "
                            + "AND kind = 'FOLLOW_GAINED' AND stat_day BETWEEN :from AND :to GROUP BY stat_day")
                    .setParameter("a", followersOf).setParameter("from", from).setParameter("to", to).getResultList();
            rows.forEach(r -> follows.put(day(r[0]), ((Number) r[1]).longValue()));
        }
        Map<Long, People.Person> authors = accounts.people(notes.stream().map(Note::getAuthorId).collect(Collectors.toSet()));
        List<Dashboard.NoteRow> rows = new ArrayList<>();
        for (Note note : notes) {
            Map<InsightKind, long[]> k = perNote.getOrDefault(note.getId(), Map.of());
            rows.add(row(note, k, revenue.getOrDefault(note.getId(), Map.of()), authors.get(note.getAuthorId())));
        }
        rows.sort((a, b) -> Long.compare(b.reads(), a.reads()));
        List<Dashboard.Day> series = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<InsightKind, Long> m = perDay.getOrDefault(d, Map.of());
            long engagements = InsightKind.ENGAGEMENT.stream().mapToLong(x -> m.getOrDefault(x, 0L)).sum();
            series.add(new Dashboard.Day(d, m.getOrDefault(InsightKind.IMPRESSION, 0L), m.getOrDefault(InsightKind.READ, 0L),
                    engagements, m.getOrDefault(InsightKind.PRODUCT_CLICK, 0L), follows.getOrDefault(d, 0L)));
        }
        long median = median(rows.stream().map(Dashboard.NoteRow::reads).toList());
        return new Dashboard(from, to, totals(rows, follows.values().stream().mapToLong(Long::longValue).sum()), series,
                shares(byRegion), shares(byLocale), byTopic(rows), rows, median, WhatWorks.of(notes, rows, median, period.zone()),
                Dashboard.MIN_READS_FOR_RATES);
    }

    private List<Object[]> rows(String sql, Collection<Long> ids, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> r = em.createNativeQuery(sql).setParameter("ids", ids).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return r;
    }

    private static Dashboard.NoteRow row(Note note, Map<InsightKind, long[]> k, Map<String, Long> revenue, People.Person author) {
        long reads = get(k, InsightKind.READ);
        long engagements = InsightKind.ENGAGEMENT.stream().mapToLong(x -> get(k, x)).sum();
        long clicks = get(k, InsightKind.PRODUCT_CLICK);
        long orders = get(k, InsightKind.ORDER);
        return new Dashboard.NoteRow(note.getId(), note.getTitle(), author == null ? "" : author.displayName(),
                note.getPublishedAt() == null ? null : note.getPublishedAt().toString(), WhatWorks.coverType(note),
                note.getTopics().stream().sorted().toList(), get(k, InsightKind.IMPRESSION), reads, get(k, InsightKind.LIKE),
                get(k, InsightKind.COLLECT), get(k, InsightKind.COMMENT), get(k, InsightKind.SHARE), clicks, orders, revenue,
                ratio(engagements, reads), ratio(clicks, reads), ratio(orders, clicks));
    }

    private static Dashboard.Totals totals(List<Dashboard.NoteRow> rows, long followersGained) {
        long reads = rows.stream().mapToLong(Dashboard.NoteRow::reads).sum();
        long likes = rows.stream().mapToLong(Dashboard.NoteRow::likes).sum();
        long collects = rows.stream().mapToLong(Dashboard.NoteRow::collects).sum();
        long comments = rows.stream().mapToLong(Dashboard.NoteRow::comments).sum();
        long shares = rows.stream().mapToLong(Dashboard.NoteRow::shares).sum();
        long clicks = rows.stream().mapToLong(Dashboard.NoteRow::productClicks).sum();
        Map<String, Long> revenue = new TreeMap<>();
        rows.forEach(r -> r.revenueMinor().forEach((c, a) -> revenue.merge(c, a, Long::sum)));
        return new Dashboard.Totals(rows.stream().mapToLong(Dashboard.NoteRow::impressions).sum(), reads, likes,
                collects, comments,
                shares, clicks, rows.stream().mapToLong(Dashboard.NoteRow::orders).sum(), revenue, followersGained,
                ratio(likes + collects + comments + shares, reads), ratio(clicks, reads));
    }

    private static List<Dashboard.TopicRow> byTopic(List<Dashboard.NoteRow> rows) {
        Map<String, long[]> sums = new TreeMap<>(); // notes, reads, engagements, clicks, orders
        for (Dashboard.NoteRow r : rows) {
            long engagements = r.likes() + r.collects() + r.comments() + r.shares();
            for (String topic : r.topics()) {
                long[] s = sums.computeIfAbsent(topic, k -> new long[5]);
                s[0]++;
                s[1] += r.reads();
                s[2] += engagements;
                s[3] += r.productClicks();
                s[4] += r.orders();
            }
        }
        return sums.entrySet().stream().map(e -> new Dashboard.TopicRow(e.getKey(), (int) e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], ratio(e.getValue()[2], e.getValue()[1]), e.getValue()[3], e.getValue()[4]))
                .sorted((a, b) -> Long.compare(b.reads(), a.reads())).toList();
    }

    private static List<Dashboard.Share> shares(Map<String, Long> m) {
        return m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Dashboard.Share(e.getKey(), e.getValue())).toList();
    }

    private static long get(Map<InsightKind, long[]> k, InsightKind kind) {
        long[] v = k.get(kind);
        return v == null ? 0 : v[0];
    }

    static double ratio(long part, long whole) {
        return whole <= 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static LocalDate day(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return (LocalDate) v;
    }

    /** Published notes by an author, newest first (dashboards cover at most the last 500). */
    public List<Note> publishedBy(long authorId) {
        return em.createQuery("select n from Note n where n.authorId = :a and n.state = :p order by n.publishedAt desc", Note.class)
                .setParameter("a", authorId).setParameter("p", Note.State.PUBLISHED).setMaxResults(500).getResultList();
    }

    /** One published note of an author's; others' notes and drafts are empty. */
    public java.util.Optional<Note> publishedNoteOf(long authorId, long noteId) {
        return noteRepository.byId(noteId).filter(n -> n.getAuthorId() == authorId && n.getState() == Note.State.PUBLISHED);
    }

    /** Published notes that tag any of these products, newest first (at most 500). */
    public List<Note> featuring(Set<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct n from Note n join n.productIds p where p in :ids and n.state = :p2 "
                        + "order by n.publishedAt desc", Note.class)
                .setParameter("ids", productIds).setParameter("p2", Note.State.PUBLISHED).setMaxResults(500).getResultList();
    }

    /** Published notes that belong to a collaboration, newest first. */
    public List<Note> ofCollab(long collabId) {
        return em.createQuery("select n from Note n where n.collabId = :c and n.state = :p order by n.publishedAt desc", Note.class)
                .setParameter("c", collabId).setParameter("p", Note.State.PUBLISHED).setMaxResults(500).getResultList();
    }
}
