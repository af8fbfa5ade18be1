package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Whether this node has found every note in its search index written in the current form
 * ({@link org.notegarden.community.internal.note.Note#INDEX_SCHEMA}). Until then, after an upgrade
 * and while the index is rebuilt, searches ask only what documents of the older form can answer,
 * so nothing hidden is found meanwhile ({@link NoteSearch}). Set by {@link IndexBootstrap}.
 */
@ApplicationScoped
public class IndexSchemaConfirmed {
    /** Completed once: a future rather than a flag, so whoever must wait for it (a test) waits for the event itself. */
    private final CompletableFuture<Void> confirmed = new CompletableFuture<>();

    void confirm() {
        confirmed.complete(null);
    }

    boolean confirmed() {
        return confirmed.isDone();
    }

    /** Completes when {@link #confirm} is called (at once if it was). */
    CompletionStage<Void> whenConfirmed() {
        return confirmed;
    }
}
