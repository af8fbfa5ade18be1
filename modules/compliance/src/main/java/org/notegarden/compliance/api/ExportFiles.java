package org.notegarden.compliance.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where finished data exports are kept: the store every node of a cluster shares, so an export
 * built on one node downloads from any. Implemented by the module that owns the media store
 * (community); compliance builds the ZIP and decides who may download it.
 */
public interface ExportFiles {
    /** Keeps the ZIP's bytes under a new unguessable name, which it returns. */
    String keep(Path zip) throws IOException;

    /** The kept ZIP, or empty when there is none under that name. */
    Optional<Kept> find(String name) throws IOException;

    /** A kept export: its size, and its bytes when asked for. */
    interface Kept {
        long size();

        /** The caller closes the stream. */
        InputStream open() throws IOException;
    }
}
