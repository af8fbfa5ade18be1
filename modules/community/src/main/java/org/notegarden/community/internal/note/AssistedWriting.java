package org.notegarden.community.internal.note;

/**
 * Whether a note uses text the writing assistant gave its author recently, which labels the note
 * "AI-assisted". Implemented by the assistant, which sits above notes (it reads the note being
 * written); notes only ask.
 */
public interface AssistedWriting {
    boolean usedBy(long authorId, String title, String body);
}
