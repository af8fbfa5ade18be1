package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.community.internal.search.SearchIndexing;
import org.notegarden.community.internal.tally.InsightKind;
import org.notegarden.community.internal.tally.Insights;

/**
 * A person marking a note or a comment (a like, a collect) and everything that follows from it,
 * written once for every kind: the row and the counter ({@link OncePerPerson}), then, only when
 * something changed, the search index's counters, the author's notification and the insight.
 * Callers check first that the person may see the target.
 */
@ApplicationScoped
class Marking {
    /** The marks people set, with the notification and the insight each one sends. */
    enum Mark {
        NOTE_LIKE(OncePerPerson.NOTE_LIKE, Notification.Kind.LIKE_NOTE, InsightKind.LIKE),
        COMMENT_LIKE(OncePerPerson.COMMENT_LIKE, Notification.Kind.LIKE_COMMENT, null),
        COLLECT(OncePerPerson.COLLECT, Notification.Kind.COLLECT, InsightKind.COLLECT);

        final OncePerPerson.Kind rows;
        final Notification.Kind notifies;
        final InsightKind counts;

        Mark(OncePerPerson.Kind rows, Notification.Kind notifies, InsightKind counts) {
            this.rows = rows;
            this.notifies = notifies;
            this.counts = counts;
        }
    }

    /**
     * What is marked: its id, its author, and its note. {@code note} is set when the target is a
     * note (whose indexed counters change); a comment has only its note's id.
     */
    record Target(long id, long authorId, long noteId, Note note) {
        static Target of(Note note) {
            return new Target(note.getId(), note.getAuthorId(), note.getId(), note);
        }

        static Target of(Comment comment) {
            return new Target(comment.getId(), comment.getAuthorId(), comment.getNoteId(), null);
        }
    }

    OncePerPerson rows;
    SearchIndexing searchIndexing;
    Notifier notifier;
    Insights insights;
    Clock clock;

    @Inject
    Marking(OncePerPerson rows, SearchIndexing searchIndexing, Notifier notifier, Insights insights, Clock clock) {
        this.rows = rows;
        this.searchIndexing = searchIndexing;
        this.notifier = notifier;
        this.insights = insights;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected Marking() {
    }

    /** Sets the mark ({@code place}: the board of a collect, or null); a second time changes nothing. */
    OncePerPerson.Outcome set(Mark mark, Target target, long accountId, Long place) {
        OncePerPerson.Outcome o = rows.set(mark.rows, target.id(), accountId, clock.instant(), place);
        if (o.changed()) {
            if (target.note() != null) {
                searchIndexing.countersChanged(target.note());
            }
            notifier.notify(target.authorId(), mark.notifies, accountId, target.noteId(),
                    target.note() == null ? target.id() : null);
            if (mark.counts != null) {
                insights.onNote(mark.counts, target.noteId());
            }
        }
        return o;
    }

    /** Takes the mark back; nobody is told. */
    OncePerPerson.Outcome clear(Mark mark, Target target, long accountId) {
        OncePerPerson.Outcome o = rows.clear(mark.rows, target.id(), accountId);
        if (o.changed() && target.note() != null) {
            searchIndexing.countersChanged(target.note());
        }
        return o;
    }
}
