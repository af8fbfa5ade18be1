package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XMP box appended to a video, read back with metadata-extractor; the boxes before it, and so
 * every media offset, stay byte for byte as they were.
 */
class Mp4XmpTest {
    private static final String IPTC = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    private static final String TC260 = "http://www.tc260.org.cn/ns/AIGC/1.0/";

    @TempDir
    Path dir;

    private static byte[] box(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(body).array();
    }

    /** ftyp, an empty moov and an mdat: the top-level shape of a faststart MP4. */
    private static byte[] mp4(byte[]... extraBoxes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(box("ftyp", "isom\0\0\2\0isomiso2avc1mp41".getBytes(StandardCharsets.US_ASCII)));
        out.write(box("moov", new byte[0]));
        out.write(box("mdat", "frames of a holiday".getBytes(StandardCharsets.US_ASCII)));
        for (byte[] b : extraBoxes) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("clip.mp4"), bytes);
    }

    private static XMPMeta xmp(Path file) throws Exception {
        XmpDirectory xmp = ImageMetadataReader.readMetadata(file.toFile()).getFirstDirectoryOfType(XmpDirectory.class);
        return xmp == null ? null : xmp.getXMPMeta();
    }

    @Test
    void theLabelIsReadableAndEverythingBeforeItUnchanged() throws Exception {
        byte[] original = mp4();
        Path clip = file(original);
        Mp4Xmp.apply(clip, ImplicitLabel.xmp(ImplicitLabel.Tier.GENERATED, "note-42"));

        XMPMeta meta = xmp(clip);
        assertEquals(ImplicitLabel.TRAINED_ALGORITHMIC_MEDIA, meta.getPropertyString(IPTC, "DigitalSourceType"));
        assertTrue(meta.getPropertyString(TC260, "AIGC").contains("\"PropagateID\":\"note-42\""));
        byte[] labelled = Files.readAllBytes(clip);
        assertArrayEquals(original, Arrays.copyOf(labelled, original.length), "ftyp, moov and mdat stay where they were");
    }

    @Test
    void aNewLabelReplacesTheOldOneAndNoneTakesItOut() throws Exception {
        byte[] original = mp4();
        Path clip = file(original);
        Mp4Xmp.apply(clip, ImplicitLabel.xmp(ImplicitLabel.Tier.POSSIBLE, "note-1"));
        String suspected = ImplicitLabel.xmp(ImplicitLabel.Tier.SUSPECTED, "note-1");
        Mp4Xmp.apply(clip, suspected);
        int boxHeaderAndUuid = 8 + 16;
        assertEquals(original.length + boxHeaderAndUuid + suspected.getBytes(StandardCharsets.UTF_8).length, Files.size(clip),
                "one label box, not two");
        assertTrue(xmp(clip).getPropertyString(TC260, "AIGC").contains("\"Label\":\"3\""));
        assertNull(xmp(clip).getPropertyString(IPTC, "DigitalSourceType"));

        Mp4Xmp.apply(clip, null);
        assertArrayEquals(original, Files.readAllBytes(clip));
    }

    @Test
    void whatIsNotAPlainMp4IsLeftAlone() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        Path page = file(html);
        assertThrows(IOException.class, () -> Mp4Xmp.apply(page, ImplicitLabel.xmp(ImplicitLabel.Tier.GENERATED, "note-2")));
        assertArrayEquals(html, Files.readAllBytes(page));

        // An XMP box before the media data cannot be taken out without moving the media under its offsets.
        Path labelled = file(mp4());
        Mp4Xmp.apply(labelled, ImplicitLabel.xmp(ImplicitLabel.Tier.GENERATED, "note-3"));
        byte[] withXmpFirst = Files.readAllBytes(labelled);
        byte[] middle = new byte[withXmpFirst.length];
        byte[] plain = mp4();
        byte[] xmpBox = Arrays.copyOfRange(withXmpFirst, plain.length, withXmpFirst.length);
        ByteBuffer.wrap(middle).put(Arrays.copyOf(plain, plain.length - 27)).put(xmpBox).put(Arrays.copyOfRange(plain, plain.length - 27, plain.length));
        Path odd = file(middle);
        assertThrows(IOException.class, () -> Mp4Xmp.apply(odd, null));
        assertArrayEquals(middle, Files.readAllBytes(odd));
    }
}
