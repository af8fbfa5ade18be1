package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "not here" answer is asked again after a while: one slow or failed probe (a loaded machine at
 * boot) must not refuse every video until the next restart, and FFmpeg installed after boot is seen.
 */
class FfmpegAvailabilityTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFfmpegIsLookedForAgainOnceTheRetryTimeHasPassed() throws Exception {
        Path ffmpeg = dir.resolve("ffmpeg");
        Path ffprobe = dir.resolve("ffprobe");
        AtomicLong now = new AtomicLong(0);
        Ffmpeg programs = new Ffmpeg(ffmpeg.toString(), ffprobe.toString(), now::get);

        assertFalse(programs.available(), "nothing installed yet");

        installFake(ffmpeg);
        installFake(ffprobe);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertFalse(programs.available(), "a fresh negative answer is kept for a while (no process per upload)");

        now.addAndGet(Ffmpeg.RECHECK_MISSING.toNanos());
        assertTrue(programs.available(), "installed after the first answer, seen on the next look");

        Files.delete(ffmpeg);
        now.addAndGet(Duration.ofHours(1).toNanos());
        assertTrue(programs.available(), "a positive answer stays: a later failure is a run's own error");
    }

    private static void installFake(Path program) throws Exception {
        Files.writeString(program, "#!/bin/sh\necho 'fake version 1'\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
