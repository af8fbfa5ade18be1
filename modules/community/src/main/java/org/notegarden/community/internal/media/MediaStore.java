package org.notegarden.community.internal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Where media bytes live. Objects are written once under a key and never changed, which is
 * what lets them be served as immutable. Local disk is the default; an S3-compatible store
 * implements the same four operations.
 */
public interface MediaStore {
    /** Stores the file's bytes under {@code key}, replacing nothing that exists. */
    void put(String key, Path file) throws IOException;

    /** The object's size, or empty when there is no such object. */
    OptionalLong size(String key) throws IOException;

    /** Reads {@code length} bytes from {@code offset}. The caller closes the stream. */
    InputStream open(String key, long offset, long length) throws IOException;

    void delete(String key) throws IOException;

    /** Copies the whole object into {@code target} (replacing it), for tools that work on files (FFmpeg, the MP4 labeller). */
    default void copyTo(String key, Path target) throws IOException {
        long size = size(key).orElseThrow(() -> new IOException("no stored file " + key));
        try (InputStream in = open(key, 0, size)) {
            java.nio.file.Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
