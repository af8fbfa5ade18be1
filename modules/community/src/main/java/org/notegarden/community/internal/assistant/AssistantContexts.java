package org.notegarden.community.internal.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.notegarden.community.api.ContentAssistant;
import org.notegarden.community.internal.note.Note;

/**
 * What the assistant is told about an account: its best-performing notes (most likes and
 * collects among its last 200 published) — their topics, UTC posting hours and titles — and the
 * platform's trending topics (most engaged-with over the last week).
 */
@ApplicationScoped
public class AssistantContexts {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;

    @Inject
    public AssistantContexts(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected AssistantContexts() {
    }

    public ContentAssistant.Context of(long accountId, String draftTitle, String draftBody, String language) {
        List<Note> recent = em.createQuery("select n from Note n where n.authorId = :a and n.state = :p order by n.publishedAt desc",
                        Note.class).setParameter("a", accountId).setParameter("p", Note.State.PUBLISHED).setMaxResults(200)
                .getResultList();
        List<Note> best = recent.stream()
                .sorted((x, y) -> Integer.compare(y.getLikeCount() + y.getCollectCount(), x.getLikeCount() + x.getCollectCount()))
                .limit(5).toList();
        Set<String> topics = new LinkedHashSet<>();
        best.forEach(n -> topics.addAll(n.getTopics()));
        List<Integer> hours = best.stream().map(n -> n.getPublishedAt().atOffset(ZoneOffset.UTC).getHour()).toList();
        @SuppressWarnings("unchecked")
        List<String> trending = em.createNativeQuery("SELECT t.topic FROM cm_note_topic t JOIN cm_note n ON n.id = t.note_id "
                        + "WHERE n.state = 'PUBLISHED' AND n.published_at > ?1 GROUP BY t.topic "
                        + "ORDER BY SUM(n.like_count + n.collect_count) DESC, t.topic")
                .setParameter(1, clock.instant().minus(Duration.ofDays(7))).setMaxResults(10).getResultList();
        return new ContentAssistant.Context(draftTitle == null ? "" : draftTitle, draftBody == null ? "" : draftBody,
                language, List.copyOf(topics), hours, best.stream().map(Note::getTitle).toList(), trending);
    }
}
