package org.notegarden.community.internal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Re-encodes an uploaded image into the sizes the client shows: a grid size for cards and a
 * detail size for the carousel. Re-encoding is also the privacy step: the JPEGs written here
 * carry no EXIF, so GPS positions and camera serials never leave the server. The EXIF
 * orientation is applied first, so phone photos stand the right way up.
 */
public final class ImageRenditions {
    public static final int GRID_WIDTH = 540;
    public static final int DETAIL_WIDTH = 1242;

    static {
        // ImageIO finds reader plugins (TwelveMonkeys WebP) through the thread's context class
        // loader; inside the WAR that is the application's, so scan it once explicitly.
        ImageIO.scanForPlugins();
    }

    private ImageRenditions() {
    }

    /** Width and height read from the header alone, before any pixels are decoded. */
    public record Dimensions(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    public static Dimensions dimensions(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Dimensions(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Decodes, orients, flattens transparency onto white, and writes both renditions. */
    public static Dimensions render(Path source, Path gridOut, Path detailOut) throws IOException {
        BufferedImage oriented = Thumbnails.of(source.toFile()).scale(1.0).useExifOrientation(true).asBufferedImage();
        BufferedImage flat = new BufferedImage(oriented.getWidth(), oriented.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(oriented, 0, 0, null);
        } finally {
            g.dispose();
        }
        return renditions(flat, gridOut, detailOut);
    }

    /**
     * The largest part of {@code source} (one of our own renditions) with the ratio
     * {@code ratioWidth}:{@code ratioHeight}, written as both renditions: the grid's 3:4, 1:1 and
     * 4:3 crops, done here so every client shows the same picture. The part lies where the person
     * moved it: {@code offsetX} and {@code offsetY} place it in the room left over on each axis,
     * 0 at the left or top, 1 at the right or bottom, 0.5 centred.
     */
    public static Dimensions cropped(Path source, int ratioWidth, int ratioHeight, double offsetX, double offsetY,
                                     Path gridOut, Path detailOut) throws IOException {
        BufferedImage image = Thumbnails.of(source.toFile()).scale(1.0).asBufferedImage();
        int w = image.getWidth();
        int h = image.getHeight();
        int cropW = Math.min(w, (int) ((long) h * ratioWidth / ratioHeight));
        int cropH = Math.min(h, (int) ((long) cropW * ratioHeight / ratioWidth));
        BufferedImage part = new BufferedImage(cropW, cropH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = part.createGraphics();
        try {
            int left = (int) Math.round((w - cropW) * offsetX);
            int top = (int) Math.round((h - cropH) * offsetY);
            g.drawImage(image, 0, 0, cropW, cropH, left, top, left + cropW, top + cropH, null);
        } finally {
            g.dispose();
        }
        return renditions(part, gridOut, detailOut);
    }

    /** The mean colour of a picture (one of our renditions), as #rrggbb, read from 16 × 16 samples. */
    public static String averageColour(Path image) throws IOException {
        BufferedImage img = ImageIO.read(image.toFile());
        if (img == null) {
            throw new IOException("not a picture");
        }
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                int rgb = img.getRGB(Math.min(img.getWidth() - 1, img.getWidth() * i / 16 + img.getWidth() / 32),
                        Math.min(img.getHeight() - 1, img.getHeight() * j / 16 + img.getHeight() / 32));
                r += (rgb >> 16) & 0xFF;
                g += (rgb >> 8) & 0xFF;
                b += rgb & 0xFF;
                n++;
            }
        }
        return String.format("#%02x%02x%02x", r / n, g / n, b / n);
    }

    private static Dimensions renditions(BufferedImage flat, Path gridOut, Path detailOut) throws IOException {
        write(flat, GRID_WIDTH, gridOut);
        write(flat, DETAIL_WIDTH, detailOut);
        return new Dimensions(flat.getWidth(), flat.getHeight());
    }

    private static void write(BufferedImage image, int maxWidth, Path out) throws IOException {
        var builder = Thumbnails.of(image);
        if (image.getWidth() > maxWidth) {
            builder.width(maxWidth);
        } else {
            builder.scale(1.0); // never upscale
        }
        builder.outputFormat("jpg").outputQuality(0.85).toFile(out.toFile());
    }
}
