package org.notegarden.app.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.server.ServerProcess;
import org.notegarden.app.it.video.SampleVideos;

/**
 * A video being transcoded when the server is killed with SIGKILL is processed after the restart:
 * its job's claim lapses (5 s here, two minutes by default) and the restarted node takes it again.
 * The encoder the killed server had started dies with it instead of running on as an orphan.
 * On H2 with the default configuration and a server of its own (on PostgreSQL the run's other
 * server would share the queue; the claim is the same SQL there).
 */
class VideoJobRestartIT {
    private ServerProcess server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aVideoInterruptedByACrashIsProcessedAfterTheRestart() throws Exception {
        assumeFalse(System.getenv().getOrDefault("NOTEGARDEN_DB_URL", "").startsWith("jdbc:postgresql"), "H2 only, see above");
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "it", "video-" + UUID.randomUUID()));
        Map<String, String> env = new HashMap<>();
        env.put("NOTEGARDEN_MEDIA_JOB_LEASE_SECONDS", "5");
        server = new ServerProcess(work, env);
        server.start();
        ApiClient api = new ApiClient(URI.create(server.baseUrl() + "/").toURL());
        ApiClient.User filmer = api.register("restart");
        // 30 s at 720p keeps the encoder busy past the kill on any machine, and the re-encode after the
        // restart short (a 60 s clip made this test 2.5 minutes of a CI run that must stay under 30).
        byte[] clip = Files.readAllBytes(SampleVideos.withLocation(Path.of("target"), 30, "1280x720"));
        ApiClient.Res up = api.send("POST", "/media", filmer.token(), HttpRequest.BodyPublishers.ofByteArray(clip), "video/quicktime");
        assertEquals(201, up.status(), up.toString());
        long id = up.obj().getJsonNumber("id").longValue();

        JsonObject running = Eventually.await(Duration.ofSeconds(60), () -> api.get("/media/" + id, filmer.token()).obj(),
                m -> m.getInt("progress") > 0 || !"PROCESSING".equals(m.getString("state")));
        assertEquals("PROCESSING", running.getString("state"), "the encoder must still be at work when the server dies: " + running);
        List<ProcessHandle> encoders = server.children();
        assertFalse(encoders.isEmpty(), "the encoder runs as a child process of the server");
        server.kill();
        try {
            // An orphaned encoder would keep the CPUs busy and write to the file the restarted node writes.
            List<ProcessHandle> orphans = Eventually.await(Duration.ofSeconds(10),
                    () -> encoders.stream().filter(ProcessHandle::isAlive).toList(), List::isEmpty);
            assertTrue(orphans.isEmpty(), "the killed server's encoder ran on: "
                    + orphans.stream().map(p -> p.info().commandLine().orElse(String.valueOf(p.pid()))).toList());
        } finally {
            encoders.forEach(ProcessHandle::destroyForcibly);
        }
        server.start();

        JsonObject done = Eventually.await(Duration.ofMinutes(3), () -> api.get("/media/" + id, filmer.token()).obj(),
                m -> !"PROCESSING".equals(m.getString("state")));
        assertEquals("READY", done.getString("state"), done.toString());
        assertTrue(Math.abs(done.getJsonNumber("durationMs").longValue() - 30_000) < 1000, done.toString());
        assertTrue(api.bytes(done.getString("posterUrl")).length > 500, "the poster is there");
    }
}
