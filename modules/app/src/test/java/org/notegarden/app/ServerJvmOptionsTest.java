package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A node's JVM options live in one argument file, {@code config/server.jvm}, so that the README's
 * commands and the benchmarks run the server the same way: a benchmark that measured another
 * collector than the one operators start with would measure a different server.
 */
class ServerJvmOptionsTest {
    private static final Path ROOT = Path.of("..", "..");
    private static final Path OPTIONS = ROOT.resolve("config/server.jvm");

    @Test
    void theJavaLauncherAcceptsTheFileAndRunsTheParallelCollector() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(java.toString(), "@" + OPTIONS, "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String flags = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), flags);
        assertTrue(flags.lines().anyMatch(l -> l.matches("\\s*bool UseParallelGC\\s+= true .*")),
                "config/server.jvm selects the parallel collector");
        // The file lets a JVM ignore options it does not know (an older Java 17), so a misspelt
        // option would be ignored here too: each memory setting must be seen in effect.
        for (String flag : List.of("uint TrimNativeHeapInterval\\s+= 5000", "intx GuaranteedAsyncDeflationInterval\\s+= 5000",
                "uintx MaxHeapFreeRatio\\s+= 30", "uintx MinHeapFreeRatio\\s+= 10")) {
            assertTrue(flags.lines().anyMatch(l -> l.matches("\\s*" + flag + " .*")), "config/server.jvm sets " + flag);
        }
    }

    @Test
    void theReadmesServerCommandsStartWithTheFile() throws IOException {
        // A command continued over lines with a backslash is read as one line.
        String readme = Files.readString(ROOT.resolve("README.md")).replaceAll("\\\\\n\\s*", " ");
        List<String> starts = readme.lines().filter(l -> l.contains("java ") && l.contains("--deploy")).toList();
        assertTrue(starts.size() >= 4, "the by-hand, cluster and start-faster commands: " + starts);
        for (String line : starts) {
            assertTrue(line.contains("@config/server.jvm"), "README starts a server without config/server.jvm: " + line);
        }
    }

    @Test
    void theRunCommandStartsWithTheFile() throws IOException {
        assertTrue(Files.readString(Path.of("pom.xml")).contains("<value>@${maven.multiModuleProjectDirectory}/config/server.jvm</value>"),
                "modules/app/pom.xml's payara-micro:start passes config/server.jvm to java");
    }

    @Test
    void everyBenchmarkThatStartsAServerStartsItWithTheFile() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src", "bench"))) {
            List<Path> starting = scripts.filter(p -> p.toString().endsWith(".sh")).filter(ServerJvmOptionsTest::startsAServer).toList();
            assertTrue(starting.size() >= 4, "benchmarks that start Payara Micro: " + starting);
            for (Path script : starting) {
                assertTrue(Files.readString(script).contains("config/server.jvm"), script + " starts a server without config/server.jvm");
            }
        }
    }

    private static boolean startsAServer(Path script) {
        try {
            return Files.readString(script).contains("--deploy \"$APP/target/notegarden.war\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
