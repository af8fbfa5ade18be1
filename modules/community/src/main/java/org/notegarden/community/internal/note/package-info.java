/**
 * Notes: validation, topics and mentions, drafts and publishing, how a note and its card are
 * shown, and the REST resource. What notes need from packages above them (the viewer's likes and
 * collects, the assistant's suggestions, a collaboration's brand) comes through the small
 * interfaces {@link org.notegarden.community.internal.note.ViewerMarks},
 * {@link org.notegarden.community.internal.note.AssistedWriting} and
 * {@link org.notegarden.community.internal.note.Collaborations}, implemented up there.
 */
package org.notegarden.community.internal.note;
