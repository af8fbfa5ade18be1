package org.notegarden.app.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.server.ServerProcess;
import org.notegarden.app.it.video.SampleVideos;

/**
 * A video whose encoder is at work when the server is killed. Its job's claim lapses (5 s with
 * {@link #LEASE}, two minutes by default) and the restarted node takes it again; the encoder the
 * killed server had started must die with it instead of running on as an orphan.
 */
final class InterruptedVideo {
    /** The job claim's lease, short so that the restarted node takes the job at once. */
    static final String LEASE = "NOTEGARDEN_MEDIA_JOB_LEASE_SECONDS";

    private final User filmer;
    private long id;
    private List<ProcessHandle> encoders = List.of();
    private List<String> orphans = List.of();
    private JsonObject atTheKill;

    InterruptedVideo(User filmer) {
        this.filmer = filmer;
    }

    /** Uploads a clip and returns once its encoder, a child process of the server, is at work. */
    void uploadAndAwaitTheEncoder(ApiClient api, ServerProcess server) throws Exception {
        // 30 s at 720p keeps the encoder busy past the kill on any machine, and the re-encode after the
        // restart short (a 60 s clip made this part 2.5 minutes of a CI run that must stay under 30).
        byte[] clip = Files.readAllBytes(SampleVideos.withLocation(Path.of("target"), 30, "1280x720"));
        ApiClient.Res up = api.send("POST", "/media", filmer.token(), HttpRequest.BodyPublishers.ofByteArray(clip), "video/quicktime");
        assertEquals(201, up.status(), up.toString());
        id = up.obj().getJsonNumber("id").longValue();
        atTheKill = Eventually.await(Duration.ofSeconds(60), () -> api.get("/media/" + id, filmer.token()).obj(),
                m -> m.getInt("progress") > 0 || !"PROCESSING".equals(m.getString("state")));
        encoders = server.children();
    }

    /** Right after the kill: which of the killed server's encoders still run (they are then ended here). */
    void noteOrphansOfTheKill() {
        try {
            orphans = Eventually.await(Duration.ofSeconds(10), () -> encoders.stream().filter(ProcessHandle::isAlive).toList(), List::isEmpty)
                    .stream().map(p -> p.info().commandLine().orElse(String.valueOf(p.pid()))).toList();
        } finally {
            encoders.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** After the restart: the kill met the encoder at work, it died with the server, and the video is processed. */
    void assertProcessedAfterTheRestart(ApiClient after) {
        assertEquals("PROCESSING", atTheKill.getString("state"), "the encoder must still be at work when the server dies: " + atTheKill);
        assertFalse(encoders.isEmpty(), "the encoder runs as a child process of the server");
        // An orphaned encoder would keep the CPUs busy and write to the file the restarted node writes.
        assertEquals(List.of(), orphans, "the killed server's encoder ran on");
        JsonObject done = Eventually.await(Duration.ofMinutes(3), () -> after.get("/media/" + id, filmer.token()).obj(),
                m -> !"PROCESSING".equals(m.getString("state")));
        assertEquals("READY", done.getString("state"), done.toString());
        assertTrue(Math.abs(done.getJsonNumber("durationMs").longValue() - 30_000) < 1000, done.toString());
        assertTrue(after.bytes(done.getString("posterUrl")).length > 500, "the poster is there");
    }
}
