package org.notegarden.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.community.api.CommunityActions;
import org.notegarden.community.api.CommunityActions.NoteDraft;

/**
 * A few video notes, so a first run shows the video pipeline: a six-second slow zoom over a theme's
 * picture, made by FFmpeg (the same program the app transcodes with), uploaded like any video and
 * published once the app has processed it. Without FFmpeg there are simply no demo videos.
 */
final class DemoVideos {
    private static final Logger LOG = Logger.getLogger(DemoVideos.class.getName());

    /** An uploaded clip waiting to be published. */
    record Pending(long author, long mediaId, DemoContent.Theme theme) {
    }

    private final CommunityActions community;
    private final Random random;

    DemoVideos(CommunityActions community, Random random) {
        this.community = community;
        this.random = random;
    }

    /** Uploads one clip for each of {@code authors} (in a theme of its own); returns what waits to be published. */
    List<Pending> upload(List<Long> authors) {
        List<Pending> pending = new ArrayList<>();
        for (long author : authors) {
            DemoContent.Theme theme = DemoContent.THEMES.get(random.nextInt(DemoContent.THEMES.size()));
            clip(theme).ifPresent(bytes -> pending.add(new Pending(author, community.uploadVideo(author, bytes), theme)));
        }
        return pending;
    }

    /** Publishes each clip once it is processed, waiting at most three minutes in all; returns how many. */
    int publish(List<Pending> pending) throws InterruptedException {
        int published = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        List<Pending> left = new ArrayList<>(pending);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            for (Pending p : List.copyOf(left)) {
                if (community.mediaReady(p.author(), p.mediaId())) {
                    left.remove(p);
                    String title = p.theme().titles().get(random.nextInt(p.theme().titles().size()));
                    if (community.publish(p.author(), new NoteDraft("🎬 " + title, p.theme().bodies().get(0), List.of(p.mediaId()),
                            List.of(p.theme().topicEn(), p.theme().topicZh(), "vlog"), null, null)).isPresent()) {
                        published++;
                    }
                }
            }
            // The app transcodes in the background and says nothing when it is done: look again shortly.
            Thread.sleep(2000);
        }
        return published;
    }

    private Optional<byte[]> clip(DemoContent.Theme theme) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("notegarden-demo-video");
            Path picture = Files.write(dir.resolve("still.jpg"),
                    DemoImages.picture(random, theme.topicEn(), theme.from(), theme.to(), 720, 960));
            Path video = dir.resolve("clip.mp4");
            Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-loop", "1",
                    "-i", picture.toString(), "-vf", "zoompan=z='min(zoom+0.0012,1.2)':d=150:s=720x960:fps=25",
                    "-t", "6", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-f", "mp4", video.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(video));
        } catch (IOException e) {
            LOG.log(Level.INFO, "no demo video (is FFmpeg installed?)", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "demo temp files left", e);
                }
            }
        }
    }
}
