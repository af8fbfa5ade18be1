package org.notegarden.demo.internal;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Pictures for demo notes: a pastel gradient per theme with soft shapes and a drawing of the
 * topic ({@link DemoMotifs}). Generated, because no openly licensed lifestyle photos are served
 * by the registries this build may use (see the demo README).
 */
final class DemoImages {
    private DemoImages() {
    }

    static byte[] picture(Random random, String topic, Color from, Color to, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, from, width, height, to));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 6; i++) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f + random.nextFloat() * 0.2f));
                g.setColor(random.nextBoolean() ? Color.WHITE : to.darker());
                double d = width * (0.15 + random.nextDouble() * 0.5);
                g.fill(new Ellipse2D.Double(random.nextDouble() * width - d / 2, random.nextDouble() * height - d / 2, d, d));
            }
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.9f));
            g.setColor(new Color(255, 255, 255, 235));
            double w = width * 0.62;
            double h = height * 0.5;
            double x = (width - w) / 2 + (random.nextDouble() - 0.5) * width * 0.1;
            double y = (height - h) / 2 + (random.nextDouble() - 0.5) * height * 0.1;
            g.fill(new RoundRectangle2D.Double(x, y, w, h, 28, 28));
            double side = Math.min(w, h) * 0.86;
            DemoMotifs.draw(g, topic, x + (w - side) / 2, y + (h - side) / 2, side, from.darker(), from.darker().darker());
        } finally {
            g.dispose();
        }
        return jpeg(img);
    }

    /**
     * As a phone would send it, a JPEG: a third of the time of Java's PNG encoder for these
     * pictures, and a faster decode in the upload pipeline, over the demo's 800-odd pictures.
     */
    private static byte[] jpeg(BufferedImage img) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(0.92f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(img, null, null), quality);
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
    }
}
