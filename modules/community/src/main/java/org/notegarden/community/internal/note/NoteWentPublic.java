package org.notegarden.community.internal.note;

/**
 * Fired in the writing transaction when a note becomes public for the first time (published, or
 * released by a moderator) or is restored after a reversed decision: lists that remember a
 * ranking for a while (the popular feed) take it in after the transaction commits.
 */
public record NoteWentPublic(long noteId) {
}
