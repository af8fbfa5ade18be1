package org.notegarden.app.it.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.WholeApp;

/**
 * A phone's video on the real WAR with FFmpeg: the upload is probed (HTML behind an MP4 header
 * is refused), processed in the background while the note can only be a draft, and what is
 * served is an H.264/AAC MP4 with its index first, a poster and a length — and without the GPS
 * position the phone wrote into the file.
 */
@WholeApp
class VideoPipelineIT {
    ApiClient api;

    @Test
    void aPhonesVideoIsServedTranscodedWithAPosterAndWithoutWhereItWasFilmed() throws Exception {
        Path sample = SampleVideos.withLocation(Path.of("target"), 20);
        byte[] original = Files.readAllBytes(sample);
        assertTrue(SampleVideos.indexOf(original, SampleVideos.SHANGHAI.getBytes(StandardCharsets.US_ASCII)) > 0,
                "the sample carries its place, in a ©xyz box");
        User filmer = api.register("filmer");

        Res up = api.send("POST", "/media", filmer.token(), HttpRequest.BodyPublishers.ofByteArray(original), "video/quicktime");
        assertEquals(201, up.status(), up.toString());
        long id = up.obj().getJsonNumber("id").longValue();
        assertEquals("VIDEO", up.obj().getString("kind"));
        assertEquals("PROCESSING", up.obj().getString("state"));
        assertFalse(up.obj().containsKey("url") && !up.obj().isNull("url"), "nothing is served before processing ends: " + up);

        // While it is processed the note can be kept as a draft, not published.
        String note = "{\"title\":\"Evening ride 夜骑\",\"body\":\"#cycling\",\"mediaIds\":[" + id + "],\"publish\":%s}";
        Res early = api.post("/notes", filmer.token(), note.formatted("true"));
        assertEquals(422, early.status(), early.toString());
        assertEquals("mediaIds[0]", early.problemField());
        assertEquals(201, api.post("/notes", filmer.token(), note.formatted("false")).status());
        assertEquals(404, api.get("/media/" + id, api.register("peeker").token()).status(), "others' media look missing");

        List<Integer> progress = new ArrayList<>();
        JsonObject ready = Eventually.await(Duration.ofSeconds(90), () -> {
            JsonObject m = api.get("/media/" + id, filmer.token()).obj();
            progress.add(m.getInt("progress"));
            return m;
        }, m -> !"PROCESSING".equals(m.getString("state")));
        assertEquals("READY", ready.getString("state"), ready.toString());
        assertEquals(100, ready.getInt("progress"));
        long duration = ready.getJsonNumber("durationMs").longValue();
        assertTrue(Math.abs(duration - 20_000) < 500, "length " + duration);
        assertEquals(640, ready.getInt("width"));
        assertEquals(360, ready.getInt("height"));

        // The served file: H.264/AAC MP4, the index before the media data, no trace of Shanghai.
        byte[] served = api.bytes(ready.getString("url"));
        assertEquals(-1, SampleVideos.indexOf(served, SampleVideos.SHANGHAI.getBytes(StandardCharsets.US_ASCII)), "no GPS text");
        assertEquals(-1, SampleVideos.indexOf(served, new byte[] {(byte) 0xA9, 'x', 'y', 'z'}), "no ©xyz box");
        assertEquals(-1, SampleVideos.indexOf(served, "loci".getBytes(StandardCharsets.US_ASCII)), "no 3GPP location box");
        int moov = SampleVideos.indexOf(served, "moov".getBytes(StandardCharsets.US_ASCII));
        int mdat = SampleVideos.indexOf(served, "mdat".getBytes(StandardCharsets.US_ASCII));
        assertTrue(moov > 0 && moov < mdat, "faststart: moov " + moov + " before mdat " + mdat);
        Path copy = Files.write(Path.of("target", "served-" + id + ".mp4"), served);
        JsonObject probe = Json.createReader(new StringReader(SampleVideos.probe(copy))).readObject();
        assertEquals("h264", probe.getJsonArray("streams").getJsonObject(0).getString("codec_name"));
        assertEquals("aac", probe.getJsonArray("streams").getJsonObject(1).getString("codec_name"));
        JsonObject tags = probe.getJsonObject("format").getJsonObject("tags");
        assertFalse(tags != null && (tags.containsKey("location") || tags.containsKey("location-eng")), String.valueOf(tags));

        // A poster to show in the grid, and ranges for the player.
        byte[] poster = api.bytes(ready.getString("posterUrl"));
        assertTrue(poster.length > 500 && (poster[0] & 0xFF) == 0xFF && (poster[1] & 0xFF) == 0xD8, "a JPEG poster");
        String origin = api.base().substring(0, api.base().indexOf("/api/v1"));
        Res range = api.execute(HttpRequest.newBuilder(URI.create(origin + ready.getString("url"))).header("Range", "bytes=0-99").build());
        assertEquals(206, range.status());

        // Now it publishes; the card shows the poster and the length.
        Res published = api.post("/notes", filmer.token(), note.formatted("true"));
        assertEquals(201, published.status(), published.toString());
        JsonObject media = published.obj().getJsonArray("media").getJsonObject(0);
        assertEquals(ready.getString("posterUrl"), media.getString("posterUrl"));
        assertEquals(ready.getString("posterUrl"), media.getString("gridUrl"));
        assertEquals(duration, media.getJsonNumber("durationMs").longValue());
    }

    @Test
    void htmlBehindAnMp4HeaderIsNoVideo() {
        byte[] fake = ("\0\0\0\u0018ftypisom\0\0\u0002\0isomiso2<html><body><script>alert(document.cookie)</script></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        Res r = api.send("POST", "/media", api.register("faker").token(), HttpRequest.BodyPublishers.ofByteArray(fake), "video/mp4");
        assertEquals(415, r.status(), r.toString());
        assertEquals("file", r.problemField());
    }
}
