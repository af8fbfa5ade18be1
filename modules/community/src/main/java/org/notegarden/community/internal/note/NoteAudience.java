package org.notegarden.community.internal.note;

/**
 * What decides who may see a note: whose it is, its state, and its author's privacy and age
 * settings. The entity and a card's row ({@link NoteCardRow}) both carry it, so every list reads
 * the one rule ({@link NoteService#visibleAmong}) whichever of the two it loaded.
 */
public interface NoteAudience {
    Long getId();

    long getAuthorId();

    Note.State getState();

    /** Copied from the author's profile setting: only followers see a private profile's notes. */
    boolean isAuthorPrivate();

    boolean isAgeRestricted();

    /** Published notes to everyone; drafts, held and removed notes to their author only; deleted notes to no one. */
    default boolean isVisibleTo(Long viewerId) {
        Note.State state = getState();
        return state == Note.State.PUBLISHED
                || ((state == Note.State.DRAFT || state == Note.State.HELD || state == Note.State.REMOVED)
                        && viewerId != null && viewerId == getAuthorId());
    }
}
