package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Makes the video people are served from an upload: H.264 High/AAC in MP4 with the index first
 * ({@code faststart}, so playback starts before the download ends), at most 1080p on the short
 * side and never upscaled, the phone's rotation applied to the pixels, and no metadata of the
 * upload kept (container boxes such as {@code ©xyz} GPS, chapters, stream tags). Then a poster
 * frame from a second in (or a third of a short clip) and the served file's own probe.
 */
@ApplicationScoped
public class VideoTranscoder {
    /** The outcome: the served file's probe. */
    record Made(VideoProbe probe) {
    }

    /** The box a video is fitted into: 1920 × 1080 landscape, 1080 × 1920 portrait. */
    static final String SCALE = "scale=w='min(iw,if(gte(iw,ih),1920,1080))':h='min(ih,if(gte(iw,ih),1080,1920))'"
            + ":force_original_aspect_ratio=decrease:force_divisible_by=2,format=yuv420p";

    Ffmpeg ffmpeg;

    @Inject
    public VideoTranscoder(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** For the CDI container's proxy only. */
    protected VideoTranscoder() {
    }

    /** What ffprobe makes of a file, or empty when it is no video at all. */
    Optional<VideoProbe> probe(Path file) throws IOException {
        Ffmpeg.Run run = ffmpeg.probe(List.of("-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                file.toString()), Duration.ofSeconds(30));
        return run.ok() ? VideoProbe.parse(run.stdout()) : Optional.empty();
    }

    /**
     * Transcodes {@code upload} (whose probe is {@code source}) into {@code video} and takes the
     * poster into {@code poster}; {@code progress} hears 0-100 as the encoder goes.
     */
    Made make(Path upload, VideoProbe source, Path video, Path poster, IntConsumer progress) throws IOException {
        Duration limit = Duration.ofMillis(Math.max(120_000, source.durationMs() * 20));
        Ffmpeg.Run run = ffmpeg.ffmpeg(List.of("-i", upload.toString(), "-map", "0:v:0", "-map", "0:a:0?",
                "-vf", SCALE, "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-profile:v", "high",
                "-c:a", "aac", "-b:a", "128k", "-ac", "2",
                "-map_metadata", "-1", "-map_chapters", "-1", "-movflags", "+faststart",
                "-progress", "pipe:1", "-nostats", "-f", "mp4", video.toString()),
                limit, line -> percent(line, source.durationMs()).ifPresent(progress::accept));
        if (!run.ok()) {
            throw new IOException("transcoding failed: " + lastLine(run.stderrTail()));
        }
        VideoProbe served = probe(video).orElseThrow(() -> new IOException("the transcoded file does not probe"));
        double at = Math.min(1.0, served.durationMs() / 3000.0);
        Ffmpeg.Run still = ffmpeg.ffmpeg(List.of("-ss", String.format(Locale.ROOT, "%.3f", at), "-i", video.toString(),
                "-frames:v", "1", "-map_metadata", "-1", "-q:v", "3", "-f", "image2", poster.toString()), Duration.ofSeconds(60), null);
        if (!still.ok() || !Files.exists(poster) || Files.size(poster) == 0) {
            throw new IOException("no poster frame: " + lastLine(still.stderrTail()));
        }
        return new Made(served);
    }

    /** {@code out_time_us=…} from {@code -progress}, as a share of the length (99 at most until done). */
    static Optional<Integer> percent(String line, long durationMs) {
        if (durationMs <= 0 || !(line.startsWith("out_time_us=") || line.startsWith("out_time_ms="))) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(line.substring(line.indexOf('=') + 1).strip());
            return Optional.of((int) Math.max(0, Math.min(99, micros / 10 / durationMs)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // "N/A" before the first frame
        }
    }

    private static String lastLine(String text) {
        String t = text.strip();
        int cut = t.lastIndexOf('\n');
        return cut < 0 ? t : t.substring(cut + 1);
    }
}
