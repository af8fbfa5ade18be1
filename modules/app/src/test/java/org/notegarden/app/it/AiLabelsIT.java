package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.xmp.XmpDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.video.SampleVideos;

/**
 * AI labels machines can read: the images a labelled note is served with carry the IPTC digital
 * source type and the TC260 AIGC field (tier, platform, content id) in XMP, read back here with
 * metadata-extractor; the three tiers of China's measures have their own words; an unlabelled
 * note's images carry no metadata at all, and taking the author's label back takes it out. A
 * labelled video carries the same packet in its MP4 (and poster), and still plays.
 */
@WholeApp
class AiLabelsIT {
    private static final String IPTC = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    private static final String TC260 = "http://www.tc260.org.cn/ns/AIGC/1.0/";
    private static final String TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
    private static final String GUANGZHOU = "202.96.128.86";

    ApiClient api;

    @Test
    void aDeclaredNoteIsPossiblyGeneratedInItsFilesAndLosesTheLabelWhenTakenBack() throws Exception {
        User author = api.register("aidecl");
        long photo = api.upload(author, TestImages.png(640, 480), "image/png");
        JsonObject note = api.post("/notes", author.token(), note("Dream city", photo, true)).obj();
        long id = note.getJsonNumber("id").longValue();
        assertEquals("POSSIBLE", note.getString("aiLabel"));
        XMPMeta xmp = xmpOf(note);
        assertEquals(TRAINED, xmp.getPropertyString(IPTC, "DigitalSourceType"));
        JsonObject aigc = aigc(xmp);
        assertEquals("2", aigc.getString("Label"), "declared by the author: possibly generated");
        assertEquals("Notegarden", aigc.getString("ContentPropagator"));
        assertEquals("note-" + id, aigc.getString("PropagateID"));

        JsonObject unlabelled = api.put("/notes/" + id, author.token(), note("Dream city", photo, false)).obj();
        assertTrue(absent(unlabelled, "aiLabel"), unlabelled.toString());
        assertNull(xmpOrNull(unlabelled), "the author's label taken back leaves no implicit label either");
    }

    @Test
    void metadataMakesItGeneratedAndATraceSuspected() throws Exception {
        User author = api.register("aimeta");
        long generated = api.upload(author, TestImages.pngMadeByGenerativeModel(640, 480), "image/png");
        JsonObject fromModel = api.post("/notes", author.token(), note("Made with a model", generated, false)).obj();
        assertEquals("GENERATED", fromModel.getString("aiLabel"));
        assertEquals("1", aigc(xmpOf(fromModel)).getString("Label"));

        long traced = api.upload(author, TestImages.pngFromStableDiffusion(640, 480), "image/png");
        JsonObject suspected = api.post("/notes", author.token(), note("Watercolour cat", traced, false)).obj();
        assertEquals("SUSPECTED", suspected.getString("aiLabel"));
        XMPMeta xmp = xmpOf(suspected);
        assertEquals("3", aigc(xmp).getString("Label"));
        assertNull(xmp.getPropertyString(IPTC, "DigitalSourceType"), "a trace is not a claim that a model made it");

        // A reader in mainland China sees the tier in the words of China's measures.
        long id = suspected.getJsonNumber("id").longValue();
        JsonObject read = api.sendFrom(GUANGZHOU, "zh-CN", "GET", "/notes/" + id, null, null).obj();
        assertEquals("疑似AI生成", read.getJsonObject("labelWording").getString("aiSuspected"));
        assertEquals("可能为AI生成", read.getJsonObject("labelWording").getString("aiPossible"));

        long plain = api.upload(author, TestImages.png(640, 480), "image/png");
        JsonObject honest = api.post("/notes", author.token(), note("Just my lunch", plain, false)).obj();
        assertTrue(absent(honest, "aiLabel"), honest.toString());
        assertNull(xmpOrNull(honest), "an unlabelled note's images keep no metadata");
    }

    @Test
    void aDeclaredVideoCarriesTheLabelInItsMp4AndPosterAndStillPlays() throws Exception {
        User author = api.register("aivideo");
        JsonObject clip = SampleVideos.ready(api, author);
        long mediaId = clip.getJsonNumber("id").longValue();
        JsonObject note = api.post("/notes", author.token(), note("My dream trip, rendered", mediaId, true)).obj();
        long id = note.getJsonNumber("id").longValue();
        JsonObject video = note.getJsonArray("media").getJsonObject(0);

        byte[] mp4 = api.bytes(video.getString("url"));
        XMPMeta xmp = xmpOf(mp4, "the served video");
        assertEquals(TRAINED, xmp.getPropertyString(IPTC, "DigitalSourceType"));
        assertEquals("2", aigc(xmp).getString("Label"));
        assertEquals("note-" + id, aigc(xmp).getString("PropagateID"));
        assertEquals("2", aigc(xmpOf(api.bytes(video.getString("posterUrl")), "the poster")).getString("Label"));
        Path served = Files.write(Path.of("target", "labelled-" + id + ".mp4"), mp4);
        String probe = SampleVideos.probe(served);
        assertTrue(probe.contains("\"codec_name\": \"h264\"") && probe.contains("\"duration\""),
                "the labelled file still decodes: " + probe);

        JsonObject unlabelled = api.put("/notes/" + id, author.token(), note("My dream trip, rendered", mediaId, false)).obj();
        assertNull(xmpOrNull(api.bytes(unlabelled.getJsonArray("media").getJsonObject(0).getString("url"))),
                "taking the label back takes it out of the video");
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static String note(String title, long mediaId, boolean ai) {
        return Json.createObjectBuilder().add("title", title).add("body", "What I made this week").add("publish", true)
                .add("aiGenerated", ai).add("mediaIds", Json.createArrayBuilder().add(mediaId)).build().toString();
    }

    private XMPMeta xmpOf(JsonObject note) throws Exception {
        XMPMeta xmp = xmpOrNull(note);
        if (xmp == null) {
            throw new AssertionError("no XMP in the served image of " + note);
        }
        return xmp;
    }

    /** The XMP of the note's first image as served (the detail rendition), or null. */
    private XMPMeta xmpOrNull(JsonObject note) throws Exception {
        return xmpOrNull(api.bytes(note.getJsonArray("media").getJsonObject(0).getString("url")));
    }

    private static XMPMeta xmpOf(byte[] file, String what) throws Exception {
        XMPMeta xmp = xmpOrNull(file);
        if (xmp == null) {
            throw new AssertionError("no XMP in " + what);
        }
        return xmp;
    }

    /** The XMP metadata-extractor finds in an image or an MP4, or null. */
    private static XMPMeta xmpOrNull(byte[] file) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file));
        XmpDirectory dir = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        return dir == null ? null : dir.getXMPMeta();
    }

    private static JsonObject aigc(XMPMeta xmp) throws XMPException {
        String json = xmp.getPropertyString(TC260, "AIGC");
        if (json == null) {
            throw new AssertionError("no TC260:AIGC field");
        }
        return Json.createReader(new StringReader(json)).readObject();
    }
}
