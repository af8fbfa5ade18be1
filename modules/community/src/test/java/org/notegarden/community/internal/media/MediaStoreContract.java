package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link MediaStore} must do, run against each store: objects come back whole and by
 * range (how videos are served), missing ones are reported as missing, deletion sticks, and no key
 * reaches outside the media.
 */
abstract class MediaStoreContract {
    @TempDir
    Path files;

    abstract MediaStore store();

    @Test
    void anObjectComesBackWholeAndByRange() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(files.resolve("clip.mp4"), bytes);
        store().put("a1b2c3d4e5.mp4", file);

        assertEquals(OptionalLong.of(bytes.length), store().size("a1b2c3d4e5.mp4"));
        assertArrayEquals(bytes, read("a1b2c3d4e5.mp4", 0, bytes.length));
        assertArrayEquals(Arrays.copyOfRange(bytes, 1_000_000, 1_000_100), read("a1b2c3d4e5.mp4", 1_000_000, 100));
        assertArrayEquals(Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length), read("a1b2c3d4e5.mp4", bytes.length - 5, 5),
                "the last bytes, as a player asks for an MP4's index");
        Path copy = files.resolve("copy.mp4");
        store().copyTo("a1b2c3d4e5.mp4", copy);
        assertArrayEquals(bytes, Files.readAllBytes(copy));
    }

    @Test
    void aMissingObjectIsReportedAsMissing() throws Exception {
        assertTrue(store().size("ffff0000ffff.jpg").isEmpty());
    }

    @Test
    void aDeletedObjectIsGoneAndDeletingTwiceIsHarmless() throws Exception {
        Path file = Files.write(files.resolve("p.jpg"), new byte[] {1, 2, 3});
        store().put("abcd1234-grid.jpg", file);
        assertEquals(OptionalLong.of(3), store().size("abcd1234-grid.jpg"));
        store().delete("abcd1234-grid.jpg");
        assertTrue(store().size("abcd1234-grid.jpg").isEmpty());
        store().delete("abcd1234-grid.jpg");
    }

    @Test
    void keysThatCouldReachOutsideTheMediaAreRefused() throws Exception {
        Path file = Files.write(files.resolve("x.jpg"), new byte[] {1});
        for (String key : new String[] {"../../etc/passwd", "abcd/../../x.jpg", "ABCD1234.jpg", "", "abcd1234.jpg/.."}) {
            assertThrows(IllegalArgumentException.class, () -> store().put(key, file), key);
            assertThrows(IllegalArgumentException.class, () -> store().size(key), key);
            assertThrows(IllegalArgumentException.class, () -> store().open(key, 0, 1), key);
            assertThrows(IllegalArgumentException.class, () -> store().delete(key), key);
        }
    }

    private byte[] read(String key, long offset, long length) throws Exception {
        try (InputStream in = store().open(key, offset, length)) {
            return in.readAllBytes();
        }
    }
}
