package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The implicit label written into a JPEG, read back with metadata-extractor (a reader we did not write). */
class ImplicitLabelTest {
    private static final String IPTC = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    private static final String TC260 = "http://www.tc260.org.cn/ns/AIGC/1.0/";

    private static byte[] jpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    private static XMPMeta xmp(byte[] jpeg) throws Exception {
        XmpDirectory dir = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg)).getFirstDirectoryOfType(XmpDirectory.class);
        return dir == null ? null : dir.getXMPMeta();
    }

    @Test
    void generatedCarriesTheDigitalSourceTypeAndTheAigcField() throws Exception {
        XMPMeta meta = xmp(ImplicitLabel.apply(jpeg(), ImplicitLabel.Tier.GENERATED, "note-42"));
        assertNotNull(meta);
        assertEquals(ImplicitLabel.TRAINED_ALGORITHMIC_MEDIA, meta.getPropertyString(IPTC, "DigitalSourceType"));
        String aigc = meta.getPropertyString(TC260, "AIGC");
        assertTrue(aigc.contains("\"Label\":\"1\""), aigc);
        assertTrue(aigc.contains("\"ContentPropagator\":\"Notegarden\""), aigc);
        assertTrue(aigc.contains("\"PropagateID\":\"note-42\""), aigc);
    }

    @Test
    void suspectedMakesNoClaimAboutTheSource() throws Exception {
        XMPMeta meta = xmp(ImplicitLabel.apply(jpeg(), ImplicitLabel.Tier.SUSPECTED, "note-7"));
        assertNull(meta.getPropertyString(IPTC, "DigitalSourceType"));
        assertTrue(meta.getPropertyString(TC260, "AIGC").contains("\"Label\":\"3\""));
    }

    @Test
    void noTierTakesTheLabelOutAndTheImageStillDecodes() throws Exception {
        byte[] labelled = ImplicitLabel.apply(jpeg(), ImplicitLabel.Tier.POSSIBLE, "note-9");
        byte[] plain = ImplicitLabel.apply(labelled, null, null);
        assertNull(xmp(plain));
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(plain)).getWidth());
    }
}
