package org.notegarden.community.internal.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.notegarden.community.internal.note.AssistedWriting;

/**
 * Remembers what the assistant gave each person, and recognises it in a note they save: a title
 * equal to a suggested one, or a text containing a suggested adaptation. Comparison ignores case,
 * width and spacing, so trivial edits do not shed the AI-assisted label.
 */
@ApplicationScoped
public class SuggestionMemory implements AssistedWriting {
    static final Duration KEPT = Duration.ofDays(30);
    /** Shorter suggestions (topics, short phrases) are too common to prove anything. */
    static final int MIN_BODY_MATCH = 20;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;

    @Inject
    public SuggestionMemory(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected SuggestionMemory() {
    }

    @Transactional
    public void remember(long accountId, Collection<String> texts) {
        var now = clock.instant();
        for (String t : texts) {
            String n = normalise(t);
            if (!n.isEmpty()) {
                em.persist(new AssistSuggestion(accountId, n.length() > 4000 ? n.substring(0, 4000) : n, now));
            }
        }
    }

    /** Whether a note with this title and text uses something the assistant gave its author recently. */
    @Override
    public boolean usedBy(long accountId, String title, String body) {
        @SuppressWarnings("unchecked")
        List<String> given = em.createNativeQuery("SELECT text_norm FROM cm_assist_suggestion WHERE account_id = ?1 AND created_at > ?2")
                .setParameter(1, accountId).setParameter(2, clock.instant().minus(KEPT)).getResultList();
        String t = normalise(title);
        String b = normalise(body);
        return given.stream().anyMatch(g -> g.equals(t) || (g.length() >= MIN_BODY_MATCH && b.contains(g)));
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
