package org.notegarden.community.internal.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties an encoder's life to the server's. A server killed with SIGKILL (a crash, the OOM killer)
 * left its FFmpeg running: the orphan went on encoding a job the restarted node takes again, kept
 * the CPUs busy for minutes and slowed that restart (in one CI run past its four-minute wait). On
 * Linux, util-linux's {@code setpriv --pdeathsig KILL} asks the kernel to kill the child when the
 * thread that started it ends; that thread waits for the child, so it only ends with the server
 * (or with a job that gave up on the child anyway). Where setpriv is missing the command runs as
 * it is.
 */
final class DiesWithServer {
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final boolean SUPPORTED = System.getProperty("os.name", "").startsWith("Linux") && Files.isExecutable(SETPRIV);

    private DiesWithServer() {
    }

    static List<String> command(List<String> command) {
        if (!SUPPORTED) {
            return command;
        }
        List<String> tied = new ArrayList<>(List.of(SETPRIV.toString(), "--pdeathsig", "KILL", "--"));
        tied.addAll(command);
        return tied;
    }
}
