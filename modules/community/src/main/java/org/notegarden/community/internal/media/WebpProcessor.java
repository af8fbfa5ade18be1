package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One claimed WebP job ({@link MediaJobWorkers} claims it): fetches the image's two JPEG
 * renditions, makes the four WebP copies and lets the medium offer them — unless it was given an
 * implicit AI label meanwhile, which WebP would not carry; then the copies are deleted again.
 * A failed try is retried like a video's; given up, the image simply stays JPEG only.
 */
@ApplicationScoped
public class WebpProcessor {
    private static final Logger LOG = Logger.getLogger(WebpProcessor.class.getName());

    MediaJobs jobs;
    ImageVariants variants;
    MediaStore store;
    Clock clock;

    @Inject
    public WebpProcessor(MediaJobs jobs, ImageVariants variants, MediaStore store, Clock clock) {
        this.jobs = jobs;
        this.variants = variants;
        this.store = store;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected WebpProcessor() {
    }

    /** A failure is recorded on the job, never thrown. */
    public void process(long mediaId) {
        Optional<Media> found = jobs.media(mediaId).filter(m -> m.getKind() == MediaKind.IMAGE);
        if (found.isEmpty()) {
            jobs.webpDone(mediaId, clock.instant());
            return;
        }
        String key = found.get().getStorageKey();
        Path grid = null;
        Path detail = null;
        try {
            grid = Files.createTempFile("notegarden-grid", ".jpg");
            detail = Files.createTempFile("notegarden-detail", ".jpg");
            store.copyTo(MediaUrls.gridKey(key), grid);
            store.copyTo(MediaUrls.detailKey(key), detail);
            if (!variants.makeWebp(key, grid, detail)) {
                jobs.failed(mediaId, "FFmpeg made no WebP", clock.instant());
            } else if (!jobs.webpDone(mediaId, clock.instant())) {
                for (String webp : List.of(MediaUrls.gridWebpKey(key), MediaUrls.gridSmallWebpKey(key),
                        MediaUrls.detailWebpKey(key), MediaUrls.detailMediumWebpKey(key))) {
                    store.delete(webp);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "no WebP copies of image " + mediaId + " this time", e);
            jobs.failed(mediaId, e.getMessage(), clock.instant());
        } finally {
            for (Path p : new Path[] {grid, detail}) {
                if (p != null) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        LOG.log(Level.FINE, "temporary file left", e);
                    }
                }
            }
        }
    }
}
