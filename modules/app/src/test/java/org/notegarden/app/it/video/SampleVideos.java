package org.notegarden.app.it.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real video files for the tests, made by FFmpeg (installed with the test tools): a phone-like
 * QuickTime clip whose {@code ©xyz} box says where it was filmed, as iPhones write it.
 */
public final class SampleVideos {
    /** The place the sample was "filmed": People's Square, Shanghai, in ISO 6709 as phones write it. */
    public static final String SHANGHAI = "+31.2304+121.4737/";

    private SampleVideos() {
    }

    /** A {@code seconds}-long 640 × 360 clip with a test pattern, a tone and the Shanghai location. */
    public static Path withLocation(Path dir, int seconds) throws IOException, InterruptedException {
        return withLocation(dir, seconds, "640x360");
    }

    /** The same at another frame size ({@code 1280x720}): a bigger clip keeps the encoder busy longer. */
    public static Path withLocation(Path dir, int seconds, String size) throws IOException, InterruptedException {
        Path out = dir.resolve("filmed-in-shanghai-" + seconds + "s-" + size + ".mov");
        if (Files.exists(out)) {
            return out;
        }
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                "-f", "lavfi", "-i", "testsrc=duration=" + seconds + ":size=" + size + ":rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=" + seconds,
                "-metadata", "location=" + SHANGHAI, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-shortest", "-f", "mov", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("ffmpeg could not make the sample: " + log);
        }
        return out;
    }

    /** Uploads a 2 s clip for {@code owner} and waits until it is processed; returns the medium as {@code GET /media/{id}} answers. */
    public static jakarta.json.JsonObject ready(org.notegarden.app.it.ApiClient api, org.notegarden.app.it.ApiClient.User owner)
            throws IOException, InterruptedException {
        byte[] clip = Files.readAllBytes(withLocation(Path.of("target"), 2));
        org.notegarden.app.it.ApiClient.Res up = api.send("POST", "/media", owner.token(),
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(clip), "video/quicktime");
        if (up.status() != 201) {
            throw new AssertionError("video upload failed: " + up);
        }
        long id = up.obj().getJsonNumber("id").longValue();
        jakarta.json.JsonObject m = org.notegarden.app.it.Eventually.await(java.time.Duration.ofSeconds(90),
                () -> api.get("/media/" + id, owner.token()).obj(), x -> !"PROCESSING".equals(x.getString("state")));
        if (!"READY".equals(m.getString("state"))) {
            throw new AssertionError("video not processed: " + m);
        }
        return m;
    }

    /** What ffprobe says of a file, as JSON text. */
    public static String probe(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(1, TimeUnit.MINUTES);
        return out;
    }

    /** Where {@code needle} first occurs in the file's bytes, or -1. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
