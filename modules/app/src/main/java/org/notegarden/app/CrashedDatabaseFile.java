package org.notegarden.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Brings back the commits H2 leaves behind after a crash. H2 finds a file's newest data from its
 * header, which names a chunk, and from there follows each chunk's guess of where the next one
 * will be written. When a chunk is written elsewhere (into space freed meanwhile), H2 rewrites the
 * header, but naming the chunk before it (H2 2.5.252: {@code FileStore.storeBuffer} sets
 * {@code lastChunk} after {@code writeChunk} wrote the header), whose guess is the wrong one. After
 * a {@code kill -9} the next start then stops at that chunk and silently drops up to twenty newer
 * commits that are in the file: {@code CrashDurabilityIT} lost acknowledged comments, orders and
 * uploads that way.
 *
 * <p>H2's recovery mode reads every chunk in the file and picks the newest complete set; closing
 * the store then writes a header that names it. That is done once, before the first connection
 * opens the file, and only when the file was not closed cleanly (a clean close writes
 * {@code clean:1} into the header), since it reads the whole file.
 */
final class CrashedDatabaseFile {
    private static final Logger LOG = Logger.getLogger(CrashedDatabaseFile.class.getName());
    /** H2 writes its header twice, in the file's first two 4 KiB blocks. */
    private static final int HEADER_BYTES = 4096;

    private CrashedDatabaseFile() {
    }

    /** Recovers the file if it exists and was not closed cleanly; returns whether it did. */
    static boolean recoverIfCrashed(Path file) {
        if (!Files.isRegularFile(file) || closedCleanly(file)) {
            return false;
        }
        long began = System.nanoTime();
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).recoveryMode().open()) {
            long version = store.getCurrentVersion();
            LOG.info(() -> "H2 file " + file + " was not closed cleanly: recovered to its newest complete version (" + version
                    + ") in " + (System.nanoTime() - began) / 1_000_000 + " ms");
            return true;
        } catch (MVStoreException e) {
            // Locked by another process (which then serves it, AUTO_SERVER) or not readable this way:
            // H2's own opening decides, as it would without this step.
            LOG.log(Level.WARNING, "H2 file " + file + " was not closed cleanly and could not be recovered before opening it", e);
            return false;
        }
    }

    static boolean closedCleanly(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String header = new String(in.readNBytes(HEADER_BYTES), StandardCharsets.ISO_8859_1);
            int end = header.indexOf('\n');
            return (end < 0 ? header : header.substring(0, end)).matches(".*(^|,)clean:1(,|$).*");
        } catch (IOException e) {
            return false;
        }
    }
}
