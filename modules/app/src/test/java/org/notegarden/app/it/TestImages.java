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

    public static byte[] gif(int w, int h) {
        return encode(w, h, "gif");
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
