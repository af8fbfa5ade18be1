package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegarden.platform.api.ProblemException;

class VideoUploadsTest {
    @Test
    void withoutFfmpegAVideoIsRefusedWithTheReasonAndNothingIsStored(@TempDir Path dir) throws Exception {
        Ffmpeg missing = new Ffmpeg(dir.resolve("no-ffmpeg").toString(), dir.resolve("no-ffprobe").toString());
        assertFalse(missing.available());
        LocalDiskMediaStore store = new LocalDiskMediaStore(dir.toString());
        VideoUploads uploads = new VideoUploads(new VideoTranscoder(missing), missing, store, null, Clock.systemUTC(), 15,
                8_294_400);
        Path clip = Files.write(dir.resolve("clip.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        ProblemException refused = assertThrows(ProblemException.class, () -> uploads.accept(1, clip, 8, "0123456789abcdef"));
        assertEquals(415, refused.status());
        assertEquals("file", refused.errors().get(0).field());
        assertFalse(Files.exists(dir.resolve("media")) && Files.list(dir.resolve("media")).findAny().isPresent(), "nothing stored");
    }
}
