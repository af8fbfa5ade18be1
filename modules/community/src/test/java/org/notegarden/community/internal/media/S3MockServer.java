package org.notegarden.community.internal.media;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3-compatible server for tests: S3Mock's executable JAR (copied to target/s3mock by the
 * build) in a process of its own, on a free loopback port, with one bucket, storing under a
 * folder of the test's.
 */
final class S3MockServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3MockServer start(Path work, String bucket) throws Exception {
        Path jar = Path.of("target", "s3mock", "s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Mock is not at " + jar.toAbsolutePath() + ": run the build (mvn test), which copies it there");
        }
        int port;
        int https;
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            port = a.getLocalPort();
            https = b.getLocalPort();
        }
        Path log = work.resolve("s3mock.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(),
                "--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=" + https,
                "--com.adobe.testing.s3mock.store.initialBuckets=" + bucket,
                "--com.adobe.testing.s3mock.store.root=" + work.resolve("s3"),
                "--server.address=127.0.0.1"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3MockServer server = new S3MockServer(process, port);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited; see " + log + ":\n" + Files.readString(log));
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return server;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        server.close();
        throw new IllegalStateException("S3Mock did not listen within 2 minutes; see " + log);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
