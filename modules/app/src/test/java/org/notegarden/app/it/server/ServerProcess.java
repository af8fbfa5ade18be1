package org.notegarden.app.it.server;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.notegarden.app.it.Http11;

/**
 * The WAR on Payara Micro as a child process this test owns, so that it can be killed with
 * SIGKILL ({@link Process#destroyForcibly()}) the way a crash would end it, and started again on
 * the same data. Each start gets a fresh Payara root folder: a reused one deploys the WAR twice.
 */
public final class ServerProcess {
    /**
     * A test server lives a minute or two and spends a third of it starting: C1 alone and the serial
     * collector start Payara Micro with the WAR in 32 s instead of 44 s on two cores (four starts,
     * same machine), which these tests, with two starts each, feel more than any loss of peak speed.
     */
    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final HttpClient HTTP = Http11.builder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path workDir;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final int port;
    private Process process;
    private int starts;
    /**
     * Payara Micro's clustering options. Alone by default, as the README runs one node: no cluster,
     * and no data grid either (config/single-node.asadmin, which also sets the HTTP listener).
     */
    private List<String> clusterOptions = List.of("--nocluster", "--prebootcommandfile", singleNodeSettings());

    /** The pre-boot command file of a node on its own, as an absolute path (config/single-node.asadmin). */
    public static String singleNodeSettings() {
        return repositoryConfig("single-node.asadmin");
    }

    /** The JVM options file of a node, as an absolute path (config/server.jvm, read by {@code java @file}). */
    public static String serverJvmOptions() {
        return repositoryConfig("server.jvm");
    }

    /** A file of the repository's config/ folder (the ITs run in modules/app), as an absolute path. */
    private static String repositoryConfig(String file) {
        return Path.of("..", "..", "config", file).toAbsolutePath().normalize().toString();
    }

    public ServerProcess(Path workDir, Map<String, String> environment) throws IOException {
        this(workDir, environment, List.of());
    }

    /** With JVM options of its own, such as Hibernate Search's settings (system properties only). */
    public ServerProcess(Path workDir, Map<String, String> environment, List<String> jvmOptions) throws IOException {
        this.workDir = workDir;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    /**
     * Joins Payara's data grid (Hazelcast) with these options instead of running alone, e.g.
     * {@code --clustername x --clustermode tcpip:127.0.0.1:5900}; set before {@link #start()}.
     */
    public ServerProcess clustered(List<String> options) {
        this.clusterOptions = List.copyOf(options);
        return this;
    }

    /** The log of the latest start. */
    public Path log() {
        return workDir.resolve("server-" + starts + ".log");
    }

    /** The TCP ports the server's process listens on, as the kernel lists them. */
    public java.util.Set<Integer> listeningPorts() throws IOException {
        return ListeningPorts.of(process.pid());
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server and waits (at most 4 minutes) until it reports ready. */
    public void start() throws Exception {
        Path root = workDir.resolve("payara-root-" + (++starts));
        Path log = workDir.resolve("server-" + starts + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-Djava.io.tmpdir=" + workDir));
        command.addAll(QUICK_START);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", payaraMicroJar(), "--deploy", System.getProperty("notegarden.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--rootdir", root.toString()));
        command.addAll(clusterOptions);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("NOTEGARDEN_"));
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited during start-up; see " + log);
            }
            if (ready()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("the server was not ready within 4 minutes (/health/ready: " + lastReadiness
                + "); its last log line: " + lastLine(log) + "; its main thread: " + mainThread() + "; see " + log);
    }

    /** The log's last line, so that a CI log that keeps only the failure says where start-up stood. */
    private static String lastLine(Path log) {
        try (java.util.stream.Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("(empty)").replaceAll("\\u001B\\[[0-9;]*m", "");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The top of the server's main thread (jcmd Thread.print), which is the thread that deploys the WAR. */
    private String mainThread() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            int at = dump.indexOf("\"main\"");
            if (at < 0) {
                return "(not in the thread dump)";
            }
            return String.join(" | ", dump.substring(at).lines().limit(16).map(String::strip).toList());
        } catch (IOException e) {
            return "(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    /** What /health/ready last answered, for the message when a start times out. */
    private String lastReadiness = "no answer";

    private boolean ready() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            lastReadiness = r.statusCode() + " " + r.body();
            return r.statusCode() == 200;
        } catch (IOException e) {
            lastReadiness = e.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The processes the server started and that still run (FFmpeg encoders, for one). */
    public java.util.List<ProcessHandle> children() {
        return process.descendants().filter(ProcessHandle::isAlive).toList();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye — what a crash or the OOM killer does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        keepDatabaseAsKilled();
    }

    /**
     * A copy of the embedded database file exactly as the kill left it ({@code killed-N.mv.db}),
     * before the next start recovers it: when a durability test fails, this is what tells a write
     * that never reached the file from one that the recovery dropped.
     */
    private void keepDatabaseAsKilled() {
        Path file = workDir.resolve("data").resolve("notegarden.mv.db");
        if (Files.isRegularFile(file)) {
            try {
                Files.copy(file, workDir.resolve("killed-" + starts + ".mv.db"));
            } catch (IOException e) {
                System.err.println("could not keep the killed server's database file: " + e);
            }
        }
    }

    /** A normal stop (SIGTERM), so the database file can be opened by the test afterwards. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The Payara Micro JAR the build resolved as a test dependency (the same one Arquillian uses). */
    public static String payaraMicroJar() throws Exception {
        Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
        File jar = new File(micro.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar.toPath())) {
            throw new IllegalStateException("Payara Micro is not a JAR on the test class path: " + jar);
        }
        return jar.getAbsolutePath();
    }
}
