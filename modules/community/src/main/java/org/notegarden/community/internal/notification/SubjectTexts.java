package org.notegarden.community.internal.notification;

import java.util.Collection;
import java.util.Map;

/**
 * The words a notification shows about its subject: a note's title, a comment's text.
 * Implemented by the package that owns comments, above notes and notifications, so
 * notifications are written and listed here without reading other packages' tables.
 */
public interface SubjectTexts {
    Map<Long, String> noteTitles(Collection<Long> noteIds);

    Map<Long, String> commentBodies(Collection<Long> commentIds);
}
