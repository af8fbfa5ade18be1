package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Problems;

/**
 * Takes a video upload in: ffprobe must find a video we can play (415 otherwise: an MP4 header
 * with HTML behind it is no video), within the configured length and frame size (413), and FFmpeg
 * must be installed (415 with a plain reason when it is not). The upload is kept in the media
 * store, unserved, until its job has made the video people see.
 */
@ApplicationScoped
public class VideoUploads {
    VideoTranscoder transcoder;
    Ffmpeg ffmpeg;
    MediaStore store;
    MediaJobs jobs;
    Clock clock;
    int maxMinutes;
    long maxPixels;

    @Inject
    public VideoUploads(VideoTranscoder transcoder, Ffmpeg ffmpeg, MediaStore store, MediaJobs jobs,
                        Clock clock,
                        @ConfigProperty(name = "notegarden.media.max-video-minutes", defaultValue = "15") int maxMinutes,
                        @ConfigProperty(name = "notegarden.media.max-video-pixels", defaultValue = "8294400") long maxPixels) {
        this.transcoder = transcoder;
        this.ffmpeg = ffmpeg;
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
        this.maxMinutes = maxMinutes;
        this.maxPixels = maxPixels;
    }

    /** For the CDI container's proxy only. */
    protected VideoUploads() {
    }

    /** The medium for a checked upload, PROCESSING, its bytes stored under the upload key. */
    Media accept(long ownerId, Path spool, long size, String key) throws IOException {
        if (!ffmpeg.available()) {
            throw Problems.unsupportedMedia("file", CommunityMessages.THIS_SERVER_TAKES_NO_VIDEOS);
        }
        VideoProbe probe = transcoder.probe(spool).filter(p -> p.refusal().isEmpty())
                .orElseThrow(() -> Problems.unsupportedMedia("file", CommunityMessages.IS_NOT_VIDEO_WE_CAN_PLAY));
        if (probe.durationMs() > maxMinutes * 60_000L) {
            throw Problems.tooLarge("file", CommunityMessages.VIDEOS_MAY_BE_AT_MOST_N_MINUTES, maxMinutes);
        }
        if (probe.pixels() > maxPixels) {
            throw Problems.tooLarge("file", CommunityMessages.VIDEOS_MAY_HAVE_AT_MOST_N_MEGAPIXELS,
                    String.format(java.util.Locale.ROOT, "%.1f", maxPixels / 1_000_000.0));
        }
        store.put(MediaUrls.uploadKey(key), spool);
        Media media = new Media(ownerId, MediaKind.VIDEO, "video/mp4", probe.shownWidth(), probe.shownHeight(), size, key,
                clock.instant());
        media.startProcessing();
        return media;
    }

    /** How far a video's processing is (0-100). */
    int progress(long mediaId) {
        return jobs.of(mediaId).map(MediaJob::getProgress).orElse(0);
    }

    /** Called once the medium has its id, in the upload's transaction. */
    void queue(Media media) {
        jobs.queue(media.getId(), MediaJob.Kind.VIDEO, clock.instant());
    }
}
