package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro reads one pre-boot command file, so {@code config/single-node.asadmin} repeats the
 * HTTP listener settings of {@code config/http-listener.asadmin} (which cluster nodes and Payara
 * Server use alone). A setting changed in one file must not be forgotten in the other.
 */
class SingleNodeSettingsTest {
    private static final Path CONFIG = Path.of("..", "..", "config");

    @Test
    void theSingleNodeFileSetsEveryHttpListenerSetting() throws IOException {
        List<String> singleNode = commands("single-node.asadmin");
        for (String setting : commands("http-listener.asadmin")) {
            assertTrue(singleNode.contains(setting), "config/single-node.asadmin also runs: " + setting);
        }
    }

    @Test
    void onlyTheSingleNodeFileTurnsTheDataGridOff() throws IOException {
        String gridOff = "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false";
        assertTrue(commands("single-node.asadmin").contains(gridOff), "a node on its own runs no data grid");
        assertFalse(commands("http-listener.asadmin").contains(gridOff), "cluster nodes keep theirs");
    }

    /**
     * Payara's 200 request threads grew to 100 under 32 connections on two cores, each with a
     * stack, analysers and I/O buffers of its own (app README, "Memory"); at most the database
     * pool's 32 can use a connection at once.
     */
    @Test
    void requestThreadsAreCappedNearTheDatabasePool() throws IOException {
        String cap = "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=";
        for (String file : List.of("http-listener.asadmin", "single-node.asadmin")) {
            int threads = commands(file).stream().filter(c -> c.startsWith(cap)).mapToInt(c -> Integer.parseInt(c.substring(cap.length())))
                    .findFirst().orElse(200);
            assertTrue(threads >= 32 && threads <= 64, file + " lets " + threads + " request threads run");
        }
    }

    private static List<String> commands(String file) throws IOException {
        return Files.readAllLines(CONFIG.resolve(file)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
