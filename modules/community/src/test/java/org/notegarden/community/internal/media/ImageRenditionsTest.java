package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageRenditionsTest {
    /** A 1x1 lossless WebP, written out byte by byte (Java has no WebP writer). */
    static final byte[] WEBP_1X1 = HexFormat.of().parseHex(
            "524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");

    @TempDir
    Path dir;

    @Test
    void readsWebpThroughTheTwelveMonkeysPlugin() throws Exception {
        Path webp = Files.write(dir.resolve("tiny.webp"), WEBP_1X1);
        assertEquals(ContentSniffer.Format.WEBP, ContentSniffer.sniff(WEBP_1X1).orElseThrow());
        assertEquals(new ImageRenditions.Dimensions(1, 1), ImageRenditions.dimensions(webp));
        ImageRenditions.render(webp, dir.resolve("g.jpg"), dir.resolve("d.jpg"));
        assertEquals(1, ImageIO.read(dir.resolve("d.jpg").toFile()).getWidth());
    }

    @Test
    void largeImagesShrinkToTheRenditionWidthsAndSmallOnesAreNotBlownUp() throws Exception {
        Path big = dir.resolve("big.png");
        ImageIO.write(new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_ARGB), "png", big.toFile());
        ImageRenditions.Dimensions out = ImageRenditions.render(big, dir.resolve("g.jpg"), dir.resolve("d.jpg"));
        assertEquals(new ImageRenditions.Dimensions(3000, 2000), out);
        assertEquals(ImageRenditions.GRID_WIDTH, ImageIO.read(dir.resolve("g.jpg").toFile()).getWidth());
        assertEquals(ImageRenditions.DETAIL_WIDTH, ImageIO.read(dir.resolve("d.jpg").toFile()).getWidth());
        byte[] jpeg = Files.readAllBytes(dir.resolve("d.jpg"));
        assertFalse(new String(jpeg, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Exif"));

        Path small = dir.resolve("small.png");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", small.toFile());
        ImageRenditions.render(small, dir.resolve("g2.jpg"), dir.resolve("d2.jpg"));
        assertEquals(300, ImageIO.read(dir.resolve("d2.jpg").toFile()).getWidth());
    }
}
