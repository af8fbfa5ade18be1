package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VideoProbeTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = VideoProbeTest.class.getResourceAsStream("/video/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsWhatFfprobeSaysOfAQuickTimeClip() throws IOException {
        VideoProbe p = VideoProbe.parse(resource("probe-quicktime.json")).orElseThrow();
        assertEquals("mov", p.container());
        assertEquals("h264", p.videoCodec());
        assertEquals("aac", p.audioCodec());
        assertEquals(320, p.width());
        assertEquals(240, p.height());
        assertEquals(2000, p.durationMs());
        assertEquals(Optional.empty(), p.refusal());
    }

    @Test
    void anEmptyAnswerOrOneWithoutPicturesIsNoVideo() {
        // What ffprobe prints for an MP4 header with HTML behind it: "{ }" and exit code 1.
        assertTrue(VideoProbe.parse("{\n\n}").isEmpty());
        assertTrue(VideoProbe.parse("not json").isEmpty());
        String audioOnly = "{\"streams\":[{\"codec_type\":\"audio\",\"codec_name\":\"aac\"}],\"format\":{\"format_name\":\"mov,mp4\",\"duration\":\"3.0\"}}";
        assertTrue(VideoProbe.parse(audioOnly).isEmpty());
        String coverArtOnly = "{\"streams\":[{\"codec_type\":\"video\",\"codec_name\":\"mjpeg\",\"width\":600,\"height\":600,"
                + "\"disposition\":{\"attached_pic\":1}}],\"format\":{\"format_name\":\"mov,mp4\",\"duration\":\"3.0\"}}";
        assertTrue(VideoProbe.parse(coverArtOnly).isEmpty());
    }

    @Test
    void codecsAndContainersOutsideTheListAreRefusedByName() {
        String avi = "{\"streams\":[{\"codec_type\":\"video\",\"codec_name\":\"h264\",\"width\":640,\"height\":360}],"
                + "\"format\":{\"format_name\":\"avi\",\"duration\":\"3.0\"}}";
        assertEquals(Optional.of("container avi"), VideoProbe.parse(avi).orElseThrow().refusal());
        String gif = "{\"streams\":[{\"codec_type\":\"video\",\"codec_name\":\"gif\",\"width\":640,\"height\":360}],"
                + "\"format\":{\"format_name\":\"mov,mp4\",\"duration\":\"3.0\"}}";
        assertEquals(Optional.of("video codec gif"), VideoProbe.parse(gif).orElseThrow().refusal());
    }

    @Test
    void aPhonesPortraitVideoIsShownTurned() {
        String portrait = "{\"streams\":[{\"codec_type\":\"video\",\"codec_name\":\"hevc\",\"width\":1920,\"height\":1080,"
                + "\"side_data_list\":[{\"side_data_type\":\"Display Matrix\",\"rotation\":-90}]}],"
                + "\"format\":{\"format_name\":\"mov,mp4,m4a,3gp,3g2,mj2\",\"duration\":\"12.5\"}}";
        VideoProbe p = VideoProbe.parse(portrait).orElseThrow();
        assertEquals(1080, p.shownWidth());
        assertEquals(1920, p.shownHeight());
        assertEquals(12_500, p.durationMs());
    }

    @Test
    void progressIsTheEncodedTimeOverTheLength() {
        assertEquals(Optional.of(50), VideoTranscoder.percent("out_time_us=1000000", 2000));
        assertEquals(Optional.of(99), VideoTranscoder.percent("out_time_us=2020136", 2000), "never 100 before the end");
        assertEquals(Optional.empty(), VideoTranscoder.percent("out_time_us=N/A", 2000));
        assertEquals(Optional.empty(), VideoTranscoder.percent("frame=30", 2000));
    }
}
