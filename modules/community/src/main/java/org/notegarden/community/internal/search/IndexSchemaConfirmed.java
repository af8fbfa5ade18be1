package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this node has found every note in its search index written in the current form
 * ({@link org.notegarden.community.internal.note.Note#INDEX_SCHEMA}). Until then, after an upgrade
 * and while the index is rebuilt, searches ask only what documents of the older form can answer,
 * so nothing hidden is found meanwhile ({@link NoteSearch}). Set by {@link IndexBootstrap}.
 */
@ApplicationScoped
public class IndexSchemaConfirmed {
    private volatile boolean confirmed;

    void confirm() {
        confirmed = true;
    }

    boolean confirmed() {
        return confirmed;
    }
}
