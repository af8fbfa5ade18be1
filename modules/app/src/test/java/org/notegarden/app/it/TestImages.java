package org.notegarden.app.it;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Real images made on the fly, so tests upload what a camera or editor would produce. */
public final class TestImages {
    private TestImages() {
    }

    public static byte[] png(int w, int h) {
        return encode(w, h, "png");
    }

    /**
     * A PNG carrying an XMP packet that says a generative model made it (IPTC Digital Source Type
     * trainedAlgorithmicMedia), in an iTXt chunk placed before IEND, as image tools write it.
     */
    public static byte[] pngMadeByGenerativeModel(int w, int h) {
        byte[] png = png(w, h);
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\" "
                + "Iptc4xmpExt:DigitalSourceType=\"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia\"/>"
                + "</rdf:RDF></x:xmpmeta>";
        byte[] keyword = "XML:com.adobe.xmp".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] text = xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        data.writeBytes(keyword);
        data.writeBytes(new byte[] {0, 0, 0, 0, 0}); // separator, no compression, method, empty language, empty translated keyword
        data.writeBytes(text);
        return withChunk(png, "iTXt", data.toByteArray());
    }

    /**
     * A PNG as Stable Diffusion web UIs write it: the generation parameters in a tEXt chunk,
     * no standard label — a generator's trace only.
     */
    public static byte[] pngFromStableDiffusion(int w, int h) {
        byte[] png = png(w, h);
        byte[] body = "parameters\0a cat in a teacup, watercolor\nSteps: 20, Sampler: Euler a, Seed: 42"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return withChunk(png, "tEXt", body);
    }

    /** The PNG with one more chunk of this type just before IEND, where tools put metadata. */
    private static byte[] withChunk(byte[] png, String chunkType, byte[] body) {
        byte[] type = chunkType.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + body.length);
        chunk.putInt(body.length).put(type).put(body);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        crc.update(body);
        chunk.putInt((int) crc.getValue());
        int iend = png.length - 12; // IEND is always the last 12 bytes
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(png, 0, iend);
        out.writeBytes(chunk.array());
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    public static byte[] gif(int w, int h) {
        return encode(w, h, "gif");
    }

    /** A PNG in three upright stripes, red, green and blue from left to right: where a crop was taken shows. */
    public static byte[] stripes(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Color[] colours = {new Color(220, 0, 0), new Color(0, 170, 0), new Color(0, 0, 220)};
        for (int i = 0; i < 3; i++) {
            g.setPaint(colours[i]);
            g.fillRect(i * w / 3, 0, w / 3 + 1, h);
        }
        g.dispose();
        return written(img, "png");
    }

    public static byte[] jpeg(int w, int h) {
        return encode(w, h, "jpg");
    }

    private static byte[] encode(int w, int h, String format) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(255, 120, 140), w, h, new Color(255, 210, 160)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return written(img, format);
    }

    private static byte[] written(BufferedImage img, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts an EXIF (APP1) segment carrying a marker string right after the JPEG's SOI. */
    public static byte[] withGpsExif(byte[] jpeg) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0};
        byte[] secret = "GPS-SECRET 31.2304N 121.4737E".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] exif = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int len = 2 + exif.length + tiff.length + secret.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff);
        out.writeBytes(secret);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Bytes that start like an MP4 file (an ftyp box), padded to {@code size}. */
    public static byte[] fakeMp4(int size) {
        byte[] b = new byte[size];
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '2'};
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }
}
