package org.notegarden.app.it.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.Http11;
import org.notegarden.app.it.demo.DemoInstallation;
import org.notegarden.app.it.server.ServerProcess;

/**
 * The README's "Start faster" commands, run as written: unpack Payara Micro into a root directory
 * with its launcher, then start the WAR from it twice. A root directory remembers the WAR it last
 * deployed and deploys it again at the next start before {@code --deploy}'s, so without the
 * README's reset line the second start deployed twice: the previous build answered first, then
 * 404s while it was replaced. Here the second start must deploy once.
 *
 * <p>The starts have the demo on, as the README's run command does: the first start must fill the
 * empty installation ({@link DemoInstallation}), the second must keep it as it was and seed nothing
 * again. (A server of its own for the demo alone cost a start, a minute or more of a CI run that
 * must stay under 30.)
 *
 * <p>The class-data archive is left out (its warm-up start writes 158 MB and takes minutes; it
 * changes how classes load, not what is deployed), and the server runs C1 only like the other
 * ITs' own servers. On H2 only: what is deployed does not depend on the database, and the demo is
 * the first-run experience of the embedded default.
 */
class StartFasterIT {
    private static final HttpClient HTTP = Http11.builder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String DEPLOYED = "No deployment transformer implementation found";
    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        stop();
    }

    @Test
    void aDemoInstallationStartedTwiceFromTheRootDirectoryIsDeployedOnceEachTimeAndSeededOnce() throws Exception {
        assumeFalse(System.getenv().getOrDefault("NOTEGARDEN_DB_URL", "").startsWith("jdbc:postgresql"), "H2 only, see above");
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "it", "start-faster-" + UUID.randomUUID()));
        // The README's file names, here.
        Files.createSymbolicLink(work.resolve("payara-micro.jar"), Path.of(ServerProcess.payaraMicroJar()));
        Files.createSymbolicLink(work.resolve("notegarden.war"), Path.of(System.getProperty("notegarden.war")).toAbsolutePath());
        List<List<String>> blocks = startFasterBlocks();
        assertEquals(2, blocks.size(), "'Start faster' has a block to run once and a block to start with: " + blocks);

        for (String once : blocks.get(0)) {
            if (!once.contains("ArchiveClassesAtExit")) {
                shell(work, once);
            }
        }
        long notesOfLily = 0;
        for (int start = 1; start <= 2; start++) {
            int port = freePort();
            Path log = start(work, blocks.get(1), start, port);
            long deployments;
            try (var lines = Files.lines(log)) {
                deployments = lines.filter(l -> l.contains(DEPLOYED)).count();
            }
            assertEquals(1, deployments, "start " + start + " deployed the WAR once (see " + log + ")");
            ApiClient api = new ApiClient(new URL("http://127.0.0.1:" + port + "/"));
            if (start == 1) {
                assertTrue(jvmFlags(server.pid()).contains("-XX:+UseParallelGC"),
                        "the README's start line runs the collector config/server.jvm names");
                notesOfLily = DemoInstallation.assertFilled(api);
            } else {
                assertEquals(notesOfLily, DemoInstallation.notesOfLily(api), "a restart seeds the demo no second time");
            }
            stop();
        }
    }

    /** The flags the running JVM took, from its own account ({@code jcmd VM.flags}), not from the command line. */
    private static String jvmFlags(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "VM.flags").redirectErrorStream(true).start();
        String flags = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), flags);
        return flags;
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Runs the start block: every line before the {@code java} one as it is, then the server. */
    private Path start(Path work, List<String> block, int start, int port) throws Exception {
        String java = block.stream().filter(l -> l.startsWith("java ")).findFirst().orElseThrow();
        for (String line : block.subList(0, block.indexOf(java))) {
            shell(work, line);
        }
        // The README's options file from the repository (the lines run in a work folder); the
        // collector is the file's, so only the ITs' quicker compiler is added.
        String command = java.replace("-XX:SharedArchiveFile=payara.jsa ", "")
                .replace("@config/server.jvm", "@" + ServerProcess.serverJvmOptions())
                .replace("java ", "java -XX:TieredStopAtLevel=1 -Xmx768m -Djava.io.tmpdir=" + work + " ")
                .replace("…", "--contextroot / --port " + port + " --nocluster --prebootcommandfile "
                        + ServerProcess.singleNodeSettings());
        Path log = work.resolve("server-" + start + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "exec " + command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The embedded defaults, as the README's reader has them: none of the IT run's settings.
        builder.environment().keySet().removeIf(k -> k.startsWith("NOTEGARDEN_"));
        builder.environment().put("NOTEGARDEN_DATA_DIR", work.resolve("data").toString());
        builder.environment().putAll(DemoInstallation.ONE_ROUND);
        server = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && !ready(port)) {
            assertTrue(server.isAlive(), "the server exited during start-up; see " + log);
            TimeUnit.MILLISECONDS.sleep(500);
        }
        assertTrue(ready(port), "the server was ready within 4 minutes; see " + log);
        // Payara says "ready in" once every deployment is done: only then is the count final.
        while (Instant.now().isBefore(deadline) && !Files.readString(log).contains(" ready in ")) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return log;
    }

    private void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean ready(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void shell(Path work, String line) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", line).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "'" + line + "' finished");
        assertEquals(0, p.exitValue(), "'" + line + "': " + out);
    }

    /** The shell blocks of the README's "Start faster" item, line by line. */
    private static List<List<String>> startFasterBlocks() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        int from = readme.indexOf("**Start faster.**");
        assertTrue(from >= 0, "the README has 'Start faster'");
        String item = readme.substring(from, readme.indexOf("\n- ", from));
        List<List<String>> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(item);
        while (block.find()) {
            blocks.add(block.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
        return blocks;
    }
}
