package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores an image's two JPEG renditions and what makes cards light and steady: the picture's
 * average colour for the card to show while it loads (at once), and WebP copies at two grid
 * widths (270, 540) and two detail widths (828, 1242) for browsers that take WebP (about a third
 * fewer bytes at the same look), made by a background job so the upload does not wait for them.
 * WebP is made by FFmpeg's libwebp from our own JPEGs, so it holds no metadata either; without
 * FFmpeg there is simply no WebP.
 */
@ApplicationScoped
public class ImageVariants {
    private static final Logger LOG = Logger.getLogger(ImageVariants.class.getName());
    static final int GRID_SMALL_WIDTH = 270;
    static final int DETAIL_MEDIUM_WIDTH = 828;

    Ffmpeg ffmpeg;
    MediaStore store;
    MediaJobs jobs;
    Clock clock;

    @Inject
    public ImageVariants(Ffmpeg ffmpeg, MediaStore store, MediaJobs jobs, Clock clock) {
        this.ffmpeg = ffmpeg;
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected ImageVariants() {
    }

    /** Stores the JPEG renditions; returns the picture's average colour ("#rrggbb"). */
    String store(String key, Path grid, Path detail) throws IOException {
        store.put(MediaUrls.gridKey(key), grid);
        store.put(MediaUrls.detailKey(key), detail);
        return ImageRenditions.averageColour(grid);
    }

    /** Asks for the WebP copies, in the transaction that records the medium (which has its id by now). */
    void queueWebp(Media image) {
        if (ffmpeg.available()) {
            jobs.queue(image.getId(), MediaJob.Kind.WEBP, clock.instant());
        }
    }

    /** One FFmpeg run, four WebP files stored; false (and nothing stored) if it fails. */
    boolean makeWebp(String key, Path grid, Path detail) throws IOException {
        List<Path> outs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                outs.add(Files.createTempFile("notegarden-variant", ".webp"));
            }
            List<String> args = new ArrayList<>(List.of("-i", grid.toString(), "-i", detail.toString()));
            args.addAll(output("0:v", null, outs.get(0)));
            args.addAll(output("0:v", GRID_SMALL_WIDTH, outs.get(1)));
            args.addAll(output("1:v", null, outs.get(2)));
            args.addAll(output("1:v", DETAIL_MEDIUM_WIDTH, outs.get(3)));
            Ffmpeg.Run run = ffmpeg.ffmpeg(args, Duration.ofSeconds(60), null);
            if (!run.ok()) {
                LOG.log(Level.WARNING, "no WebP variants for " + key + ": " + run.stderrTail());
                return false;
            }
            store.put(MediaUrls.gridWebpKey(key), outs.get(0));
            store.put(MediaUrls.gridSmallWebpKey(key), outs.get(1));
            store.put(MediaUrls.detailWebpKey(key), outs.get(2));
            store.put(MediaUrls.detailMediumWebpKey(key), outs.get(3));
            return true;
        } finally {
            for (Path p : outs) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Quality 80 at libwebp's default effort: visually the JPEG's 0.85, never upscaled. */
    private static List<String> output(String stream, Integer maxWidth, Path out) {
        List<String> a = new ArrayList<>(List.of("-map", stream));
        if (maxWidth != null) {
            a.addAll(List.of("-vf", "scale='min(" + maxWidth + ",iw)':-1"));
        }
        a.addAll(List.of("-c:v", "libwebp", "-quality", "80", "-compression_level", "4", "-map_metadata", "-1",
                "-f", "webp", out.toString()));
        return a;
    }
}
