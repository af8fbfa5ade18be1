package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A child started through {@link DiesWithServer} ends when the thread that started it ends, the
 * way an encoder must when the server is killed; without it the child lives on as an orphan.
 */
class DiesWithServerTest {
    @Test
    void theChildEndsWithTheThreadThatStartedIt() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && Files.isExecutable(Path.of("/usr/bin/setpriv")));
        Process child = startFromAThreadThatEnds(DiesWithServer.command(List.of("sleep", "60")));
        try {
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child was killed when its starting thread ended");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void withoutItTheChildOutlivesItsThread() throws Exception {
        Process child = startFromAThreadThatEnds(List.of("sleep", "60"));
        try {
            assertFalse(child.waitFor(2, TimeUnit.SECONDS), "a plain child is not tied to its thread (what this guards against)");
        } finally {
            child.destroyForcibly();
        }
    }

    private static Process startFromAThreadThatEnds(List<String> command) throws InterruptedException {
        AtomicReference<Process> started = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                Process child = new ProcessBuilder(command).start();
                started.set(child);
                // setpriv sets the death signal before it runs the program: once the child is
                // "sleep", the signal is armed and this thread may end.
                while (child.isAlive() && !child.info().command().orElse("").endsWith("sleep")) {
                    Thread.onSpinWait();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        starter.start();
        starter.join();
        return started.get();
    }
}
