package org.notegarden.community.internal.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.feed.FeedQueries;
import org.notegarden.community.internal.search.NoteSearch;
import org.notegarden.community.internal.sql.SqlTimes;
import org.notegarden.platform.api.ProblemException;

/**
 * Ranks the "for you" feed from a reader's {@link Interests}: candidates from the topics they
 * collected, liked and commented on, the people they follow, what they searched (through the
 * search index) and recent popular notes; each scored by those interests plus quality
 * (engagement) and freshness, minus what resembles notes they marked "not interested". Every
 * score keeps the reasons that made it, so the reader can be told why.
 */
@ApplicationScoped
public class Recommender {
    static final String RECOMMENDABLE = FeedQueries.RECOMMENDABLE;
    static final int POOL = 300;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    NoteSearch search;

    @Inject
    public Recommender(Clock clock, NoteSearch search) {
        this.clock = clock;
        this.search = search;
    }

    /** For the CDI container's proxy only. */
    protected Recommender() {
    }

    /** A ranked note and the reasons shown with it, strongest first. */
    public record Ranked(long noteId, double score, List<Reason> reasons) {
    }

    record Facts(long authorId, int likes, int collects, int comments, Instant publishedAt) {
    }

    List<Ranked> rank(long viewerId, Interests in) {
        Instant now = clock.instant();
        Map<Long, String> searchedBy = new HashMap<>();
        Set<Long> pool = new LinkedHashSet<>();
        List<String> topics = new ArrayList<>(in.topics().keySet());
        if (!topics.isEmpty()) {
            pool.addAll(ids("SELECT n.id, n.published_at FROM cm_note n JOIN cm_note_topic t ON t.note_id = n.id WHERE t.topic IN (:topics) "
                    + "AND " + RECOMMENDABLE + " AND n.published_at > :since GROUP BY n.id, n.published_at ORDER BY n.published_at DESC",
                    Map.of("topics", topics, "since", now.minus(Duration.ofDays(90))), POOL));
        }
        if (!in.followed().isEmpty()) {
            pool.addAll(ids("SELECT n.id, n.published_at FROM cm_note n WHERE n.author_id IN (:authors) AND " + RECOMMENDABLE
                    + " AND n.published_at > :since ORDER BY n.published_at DESC",
                    Map.of("authors", in.followed().keySet(), "since", now.minus(Duration.ofDays(30))), 100));
        }
        try {
            for (String term : in.searched().keySet()) {
                for (long id : search.idsFor(term, 30)) {
                    searchedBy.putIfAbsent(id, term);
                    pool.add(id);
                }
            }
        } catch (ProblemException e) {
            if (e.status() != 503) {
                throw e;
            }
            // The search engine is down: "for you" goes on from topics, follows and what is popular.
        }
        pool.addAll(ids("SELECT n.id, n.published_at FROM cm_note n WHERE " + RECOMMENDABLE + " AND n.published_at > :since "
                + "ORDER BY (n.like_count + 2 * n.collect_count + n.comment_count) DESC, n.published_at DESC",
                Map.of("since", now.minus(Duration.ofDays(14))), 100));
        pool.addAll(ids("SELECT n.id, n.published_at FROM cm_note n WHERE " + RECOMMENDABLE + " ORDER BY n.published_at DESC",
                Map.of(), 50));
        pool.removeAll(in.dismissedNotes());
        if (pool.isEmpty()) {
            return List.of();
        }
        Map<Long, Facts> facts = facts(pool);
        Map<Long, Set<String>> noteTopics = topicsOf(pool);
        List<Ranked> ranked = new ArrayList<>();
        for (long id : pool) {
            Facts f = facts.get(id);
            if (f == null || f.authorId() == viewerId) {
                continue;
            }
            ranked.add(score(id, f, noteTopics.getOrDefault(id, Set.of()), searchedBy.get(id), in, now));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::noteId,
                Comparator.reverseOrder()));
        return TopicMix.spread(ranked, noteTopics);
    }

    /** The scoring rule, kept pure so a unit test can pin it down. */
    static Ranked score(long id, Facts f, Set<String> topics, String searchedTerm, Interests in, Instant now) {
        List<Map.Entry<Reason, Double>> personal = new ArrayList<>();
        bestTopic(topics, in.collectedTopics(), "COLLECTED_TOPIC", 3.0, 1.0).ifPresent(personal::add);
        bestTopic(topics, in.likedTopics(), "LIKED_TOPIC", 2.0, 0.5).ifPresent(personal::add);
        bestTopic(topics, in.commentedTopics(), "COMMENTED_TOPIC", 2.0, 0.5).ifPresent(personal::add);
        if (in.followed().containsKey(f.authorId())) {
            personal.add(Map.entry(new Reason("FOLLOWING", in.followed().get(f.authorId()), 0), 4.0));
        }
        if (searchedTerm != null) {
            int n = in.searched().getOrDefault(searchedTerm, 1);
            personal.add(Map.entry(new Reason("SEARCHED", searchedTerm, n), 3.0 + Math.min(n, 5)));
        }
        double penalty = 0;
        for (String t : topics) {
            penalty += 3.0 * Math.min(in.dismissedTopics().getOrDefault(t, 0), 3);
        }
        if (in.dismissedAuthors().contains(f.authorId())) {
            penalty += 5.0;
        }
        double quality = 0.6 * Math.log1p(f.likes() + 2.0 * f.collects() + f.comments());
        double ageHours = Math.max(0, Duration.between(f.publishedAt(), now).toMinutes() / 60.0);
        double freshness = 2.5 * Math.exp(-ageHours / (24 * 5));
        personal.sort(Map.Entry.<Reason, Double>comparingByValue().reversed());
        double interest = personal.stream().mapToDouble(Map.Entry::getValue).sum();
        List<Reason> reasons = new ArrayList<>(personal.stream().limit(2).map(Map.Entry::getKey).toList());
        if (reasons.isEmpty()) {
            reasons.add(new Reason(quality >= freshness ? "POPULAR" : "FRESH", null, 0));
        }
        return new Ranked(id, interest + quality + freshness - penalty, List.copyOf(reasons));
    }

    private static java.util.Optional<Map.Entry<Reason, Double>> bestTopic(Set<String> topics, Map<String, Integer> weights,
                                                                            String kind, double base, double perNote) {
        String best = null;
        int count = 0;
        for (String t : topics) {
            int n = weights.getOrDefault(t, 0);
            if (n > count) {
                best = t;
                count = n;
            }
        }
        return best == null ? java.util.Optional.empty()
                : java.util.Optional.of(Map.entry(new Reason(kind, best, count), base + perNote * Math.min(count, 10)));
    }

    private List<Long> ids(String sql, Map<String, Object> params, int limit) {
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setMaxResults(limit).getResultList();
        return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    private Map<Long, Facts> facts(Set<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, n.author_id, n.like_count, n.collect_count, n.comment_count, n.published_at "
                + "FROM cm_note n WHERE n.id IN (:ids) AND " + RECOMMENDABLE).setParameter("ids", ids).getResultList();
        Map<Long, Facts> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), new Facts(((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), SqlTimes.instant(r[5]))));
        return out;
    }

    private Map<Long, Set<String>> topicsOf(Set<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT note_id, topic FROM cm_note_topic WHERE note_id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        Map<Long, Set<String>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add((String) r[1]));
        return out;
    }
}
