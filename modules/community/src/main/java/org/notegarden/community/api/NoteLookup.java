package org.notegarden.community.api;

import java.util.Collection;
import java.util.Map;

/**
 * Titles of published notes by id, for modules that show notes they do not own (a merchant's
 * sales per note). Implemented by the module that owns notes; drafts and deleted notes are
 * absent from the answer.
 */
public interface NoteLookup {
    Map<Long, NoteRef> published(Collection<Long> noteIds);

    /** What another module may know about a published note. */
    record NoteRef(long id, String title, long authorId) {
    }
}
