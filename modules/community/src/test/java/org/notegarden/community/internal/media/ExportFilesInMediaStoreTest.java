package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.compliance.api.ExportFiles;

/**
 * Exports kept in the media store come back whole under the name given; names that are not an
 * export's (media, paths, made-up) find nothing; and the public media endpoint's file pattern
 * never matches an export's name.
 */
class ExportFilesInMediaStoreTest {
    @TempDir
    Path data;

    @Test
    void aKeptExportComesBackWholeUnderItsName() throws Exception {
        ExportFiles files = new ExportFilesInMediaStore(new LocalDiskMediaStore(data.toString()));
        byte[] zip = new byte[70_000];
        new java.util.Random(7).nextBytes(zip);
        Path built = Files.write(data.resolve("built.zip"), zip);
        String name = files.keep(built);
        assertTrue(name.matches("[0-9a-f]{32}\\.zip"), name);
        ExportFiles.Kept kept = files.find(name).orElseThrow();
        assertEquals(zip.length, kept.size());
        try (InputStream in = kept.open()) {
            assertArrayEquals(zip, in.readAllBytes());
        }
    }

    @Test
    void namesThatAreNotAnExportsFindNothing() throws Exception {
        ExportFiles files = new ExportFilesInMediaStore(new LocalDiskMediaStore(data.toString()));
        for (String name : new String[] {"0123456789abcdef0123456789abcdef.zip", "../../etc/passwd.zip", "abcd.jpg", "", null}) {
            assertTrue(files.find(name).isEmpty(), String.valueOf(name));
        }
    }
}
