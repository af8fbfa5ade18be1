package org.notegarden.community.internal.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Encoding is background work: a video or an image's WebP copies can wait a moment, a reader's
 * request cannot. FFmpeg jobs run at niceness 10 (as PeerTube runs its transcodes), so on a busy
 * node the request threads get the CPU first and the encoders take what is left. Where
 * {@code nice} is missing the command runs as it is.
 */
final class LowPriority {
    private static final Path NICE = Path.of("/usr/bin/nice");
    private static final boolean SUPPORTED = Files.isExecutable(NICE);

    private LowPriority() {
    }

    static List<String> command(List<String> command) {
        if (!SUPPORTED) {
            return command;
        }
        List<String> lowered = new ArrayList<>(List.of(NICE.toString(), "-n", "10"));
        lowered.addAll(command);
        return lowered;
    }
}
