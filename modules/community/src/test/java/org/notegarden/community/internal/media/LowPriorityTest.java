package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An encoder started through {@link LowPriority} runs 10 steps nicer than the server. */
class LowPriorityTest {
    @Test
    void theCommandRunsTenStepsNicer() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/nice")));
        int server = niceness(List.of("nice"));
        assertEquals(Math.min(19, server + 10), niceness(LowPriority.command(List.of("nice"))));
    }

    /** {@code nice} without arguments prints the niceness it runs at. */
    private static int niceness(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return Integer.parseInt(out);
    }
}
