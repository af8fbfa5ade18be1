package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A 1600 x 900 picture: red on the left third, green in the middle, blue on the right. */
    private Path threeStripes() throws Exception {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x++) {
            int rgb = x < 533 ? 0xdd0000 : x < 1066 ? 0x00aa00 : 0x0000dd;
            for (int y = 0; y < 900; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        Path png = dir.resolve("stripes.png");
        ImageIO.write(image, "png", png.toFile());
        return png;
    }

    private int middleOf(Path jpeg) throws Exception {
        BufferedImage out = ImageIO.read(jpeg.toFile());
        return out.getRGB(out.getWidth() / 2, out.getHeight() / 2);
    }

    private static boolean mostly(int rgb, int shift) {
        int c = (rgb >> shift) & 0xff;
        return c > 150 && java.util.stream.IntStream.of(16, 8, 0).filter(s -> s != shift).allMatch(s -> ((rgb >> s) & 0xff) < 80);
    }

    @Test
    void aCropIsCentredUnlessThePersonMovedTheWindow() throws Exception {
        Path stripes = threeStripes();
        ImageRenditions.Dimensions square = ImageRenditions.cropped(stripes, 1, 1, 0.5, 0.5, dir.resolve("g.jpg"), dir.resolve("c.jpg"));
        assertEquals(new ImageRenditions.Dimensions(900, 900), square);
        assertTrue(mostly(middleOf(dir.resolve("c.jpg")), 8), "centred: the green middle");
        ImageRenditions.cropped(stripes, 1, 1, 0.0, 0.5, dir.resolve("g.jpg"), dir.resolve("l.jpg"));
        BufferedImage left = ImageIO.read(dir.resolve("l.jpg").toFile());
        assertTrue(mostly(left.getRGB(20, 450), 16), "moved to the left edge: red at its left");
        ImageRenditions.cropped(stripes, 1, 1, 1.0, 0.5, dir.resolve("g.jpg"), dir.resolve("r.jpg"));
        BufferedImage right = ImageIO.read(dir.resolve("r.jpg").toFile());
        assertTrue(mostly(right.getRGB(right.getWidth() - 20, 450), 0), "moved to the right edge: blue at its right");
        assertTrue(mostly(right.getRGB(20, 450), 8), "and no red left in it");
    }

    @Test
    void theAverageColourIsWhatACardPaintsWhileThePictureLoads(@TempDir Path dir) throws Exception {
        BufferedImage halves = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 100; y++) {
                halves.setRGB(x, y, x < 100 ? 0xff0000 : 0x0000ff);
            }
        }
        Path png = dir.resolve("halves.png");
        ImageIO.write(halves, "png", png.toFile());
        assertEquals("#7f007f", ImageRenditions.averageColour(png));
    }
}
