package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One claimed video job ({@link MediaJobWorkers} claims it): fetches the upload from the media
 * store, transcodes it, stores the video and its poster, marks the medium READY and drops the
 * upload. Progress renews the claim.
 */
@ApplicationScoped
public class VideoProcessor {
    private static final Logger LOG = Logger.getLogger(VideoProcessor.class.getName());
    private static final long PROGRESS_EVERY_MS = 1_000;

    MediaJobs jobs;
    VideoTranscoder transcoder;
    MediaStore store;
    Clock clock;

    @Inject
    public VideoProcessor(MediaJobs jobs, VideoTranscoder transcoder, MediaStore store, Clock clock) {
        this.jobs = jobs;
        this.transcoder = transcoder;
        this.store = store;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected VideoProcessor() {
    }

    /** One claimed job, start to end; a failure is recorded on the job, never thrown. */
    public void process(long mediaId) {
        Optional<Media> found = jobs.media(mediaId);
        if (found.isEmpty()) {
            return;
        }
        String key = found.get().getStorageKey();
        Path upload = null;
        Path video = null;
        Path poster = null;
        try {
            upload = Files.createTempFile("notegarden-video-in", ".bin");
            video = Files.createTempFile("notegarden-video-out", ".mp4");
            poster = Files.createTempFile("notegarden-poster", ".jpg");
            if (store.size(MediaUrls.uploadKey(key)).isEmpty()) {
                throw new IOException("the upload is gone from the media store"); // the words the author sees on the job
            }
            store.copyTo(MediaUrls.uploadKey(key), upload);
            VideoProbe source = transcoder.probe(upload).orElseThrow(() -> new IOException("the upload is no video"));
            long[] last = {0};
            VideoTranscoder.Made made = transcoder.make(upload, source, video, poster, percent -> {
                long now = System.currentTimeMillis();
                if (now - last[0] >= PROGRESS_EVERY_MS) {
                    last[0] = now;
                    jobs.progressed(mediaId, percent, clock.instant());
                }
            });
            store.put(MediaUrls.videoKey(key, "video/mp4"), video);
            store.put(MediaUrls.posterKey(key), poster);
            VideoProbe served = made.probe();
            jobs.done(mediaId, served.shownWidth(), served.shownHeight(), Files.size(video), served.durationMs(), clock.instant());
            store.delete(MediaUrls.uploadKey(key));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "video " + mediaId + " not processed", e);
            Instant now = clock.instant();
            if (jobs.failed(mediaId, e.getMessage(), now)) {
                deleteQuietly(MediaUrls.uploadKey(key));
            }
        } finally {
            for (Path p : new Path[] {upload, video, poster}) {
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

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            LOG.log(Level.FINE, "upload left in the store", e);
        }
    }
}
