package org.notegarden.community.internal.media;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.notegarden.platform.api.Jsons;

/**
 * What ffprobe says a file is ({@code -print_format json -show_format -show_streams}), and
 * whether it is a video we take: an MP4/QuickTime or Matroska/WebM container holding a video
 * stream in a codec browsers and FFmpeg know, and at most an ordinary audio stream. A file with an
 * MP4 header and HTML inside parses as nothing and is refused.
 */
public record VideoProbe(String container, String videoCodec, String audioCodec, int width, int height, int rotation,
                         long durationMs) {
    static final Set<String> CONTAINERS = Set.of("mov", "mp4", "matroska", "webm");
    static final Set<String> VIDEO_CODECS = Set.of("h264", "hevc", "vp8", "vp9", "av1", "mpeg4");
    static final Set<String> AUDIO_CODECS = Set.of("aac", "mp3", "opus", "vorbis");

    /** The probe of ffprobe's JSON, or empty when it holds no video stream or no container at all. */
    static Optional<VideoProbe> parse(String json) {
        JsonObject doc;
        try {
            doc = Jsons.createReader(new StringReader(json)).readObject();
        } catch (JsonParsingException | ClassCastException e) {
            return Optional.empty();
        }
        JsonObject format = doc.getJsonObject("format");
        if (format == null || !doc.containsKey("streams")) {
            return Optional.empty();
        }
        JsonObject video = null;
        JsonObject audio = null;
        for (JsonValue v : doc.getJsonArray("streams")) {
            JsonObject s = v.asJsonObject();
            String type = s.getString("codec_type", "");
            boolean stillImage = s.containsKey("disposition") && s.getJsonObject("disposition").getInt("attached_pic", 0) == 1;
            if (type.equals("video") && video == null && !stillImage) {
                video = s;
            } else if (type.equals("audio") && audio == null) {
                audio = s;
            }
        }
        if (video == null) {
            return Optional.empty();
        }
        String container = Arrays.stream(format.getString("format_name", "").split(",")).filter(CONTAINERS::contains)
                .findFirst().orElse(format.getString("format_name", ""));
        double seconds = number(format, "duration");
        if (seconds <= 0) {
            seconds = number(video, "duration");
        }
        return Optional.of(new VideoProbe(container, video.getString("codec_name", ""),
                audio == null ? null : audio.getString("codec_name", ""), video.getInt("width", 0), video.getInt("height", 0),
                rotation(video), Math.round(seconds * 1000)));
    }

    /** Why this is not a video we take, or empty when it is. */
    Optional<String> refusal() {
        if (!CONTAINERS.contains(container)) {
            return Optional.of("container " + container);
        }
        if (!VIDEO_CODECS.contains(videoCodec)) {
            return Optional.of("video codec " + videoCodec);
        }
        if (audioCodec != null && !AUDIO_CODECS.contains(audioCodec)) {
            return Optional.of("audio codec " + audioCodec);
        }
        if (width <= 0 || height <= 0 || durationMs <= 0) {
            return Optional.of("no picture size or length");
        }
        return Optional.empty();
    }

    /** Width and height as the video is watched (a phone's portrait video is stored landscape, turned). */
    int shownWidth() {
        return Math.abs(rotation) % 180 == 90 ? height : width;
    }

    int shownHeight() {
        return Math.abs(rotation) % 180 == 90 ? width : height;
    }

    long pixels() {
        return (long) width * height;
    }

    private static int rotation(JsonObject video) {
        if (video.containsKey("side_data_list")) {
            for (JsonValue v : video.getJsonArray("side_data_list")) {
                JsonObject d = v.asJsonObject();
                if (d.containsKey("rotation")) {
                    return d.getJsonNumber("rotation").intValue();
                }
            }
        }
        if (video.containsKey("tags") && video.getJsonObject("tags").containsKey("rotate")) {
            try {
                return Integer.parseInt(video.getJsonObject("tags").getString("rotate"));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static double number(JsonObject o, String key) {
        if (!o.containsKey(key)) {
            return 0;
        }
        try {
            return o.get(key).getValueType() == JsonValue.ValueType.NUMBER ? o.getJsonNumber(key).doubleValue()
                    : Double.parseDouble(o.getString(key));
        } catch (NumberFormatException | ClassCastException e) {
            return 0;
        }
    }
}
