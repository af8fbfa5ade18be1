package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.api.NotePublished;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaService;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.platform.api.Problems;

/** Writing, publishing and deleting notes, and reading one with visibility checked. */
@ApplicationScoped
public class NoteService {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MediaService media;
    @Inject
    Notifier notifier;
    @Inject
    Event<NotePublished> published;

    @Transactional
    public Note create(long authorId, NoteRules.Input input, boolean publish) {
        NoteRules.Valid valid = check(authorId, input, publish);
        Instant now = clock.instant();
        Note note = new Note(authorId, now);
        note.edit(valid, now);
        em.persist(note);
        if (publish) {
            publish(note, Set.of(), now);
        }
        return note;
    }

    @Transactional
    public Note update(long editorId, long noteId, NoteRules.Input input, boolean publish) {
        Note note = requireOwn(editorId, noteId);
        boolean willBePublished = publish || note.getState() == Note.State.PUBLISHED;
        NoteRules.Valid valid = check(editorId, input, willBePublished);
        Set<Long> mentionedBefore = note.getState() == Note.State.PUBLISHED ? note.getMentionIds() : Set.of();
        Instant now = clock.instant();
        note.edit(valid, now);
        if (willBePublished) {
            publish(note, mentionedBefore, now);
        }
        return note;
    }

    @Transactional
    public void delete(long editorId, long noteId) {
        requireOwn(editorId, noteId).delete(clock.instant());
    }

    /** A note the viewer may see; drafts of others and deleted notes look like missing ones. */
    public Note requireVisible(long noteId, Long viewerId) {
        Note note = em.find(Note.class, noteId);
        if (note == null || !note.isVisibleTo(viewerId)) {
            throw Problems.notFound("noteId", "note " + noteId);
        }
        return note;
    }

    /** For writes by the author: others get 404 for drafts and 403 for published notes. */
    private Note requireOwn(long editorId, long noteId) {
        Note note = requireVisible(noteId, editorId);
        if (note.getAuthorId() != editorId) {
            throw Problems.forbidden("Only the author can change this note.");
        }
        return note;
    }

    private void publish(Note note, Set<Long> alreadyNotified, Instant now) {
        boolean first = note.getState() == Note.State.DRAFT;
        note.publish(now);
        for (Long mentioned : note.getMentionIds()) {
            if (!alreadyNotified.contains(mentioned)) {
                notifier.notify(mentioned, Notification.Kind.MENTION, note.getAuthorId(), note.getId(), null);
            }
        }
        if (first) {
            published.fire(new NotePublished(note.getId(), note.getAuthorId(), note.getTitle(), note.getTopics(),
                    note.getPublishedAt()));
        }
    }

    private NoteRules.Valid check(long authorId, NoteRules.Input input, boolean publishing) {
        Map<Long, NoteRules.MediaFacts> facts = new HashMap<>();
        if (input.mediaIds() != null && input.mediaIds().size() <= NoteRules.MAX_IMAGES) {
            Set<Long> ids = new HashSet<>(input.mediaIds());
            ids.remove(null);
            for (Media m : media.byIds(ids).values()) {
                facts.put(m.getId(), new NoteRules.MediaFacts(m.getOwnerId(), m.getKind()));
            }
        }
        Set<String> handles = NoteText.mentionedHandles(input.body());
        Map<String, Long> existing = new HashMap<>();
        if (!handles.isEmpty() && handles.size() <= NoteRules.MAX_MENTIONS * 2) {
            List<Object[]> rows = em.createQuery("select a.handleKey, a.id from Account a where a.handleKey in :h", Object[].class)
                    .setParameter("h", handles).getResultList();
            rows.forEach(r -> existing.put((String) r[0], (Long) r[1]));
        }
        return NoteRules.check(input, authorId, publishing, facts, existing);
    }
}
