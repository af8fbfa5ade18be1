package org.notegarden.demo.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A simple flat drawing of what a demo note is about (a cup for coffee, mountains for travel …),
 * so the demo's grid reads like a lifestyle feed rather than one picture repeated. Drawn into the
 * square {@code (x, y, s)}; unknown topics get a star.
 */
final class DemoMotifs {
    private DemoMotifs() {
    }

    static void draw(Graphics2D g, String topic, double x, double y, double s, Color ink, Color accent) {
        g.setStroke(new BasicStroke((float) Math.max(3, s / 40), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (topic) {
            case "coffee" -> coffee(g, x, y, s, ink, accent);
            case "food" -> bowl(g, x, y, s, ink, accent);
            case "travel" -> mountains(g, x, y, s, ink, accent);
            case "outfit" -> dress(g, x, y, s, ink, accent);
            case "skincare" -> bottles(g, x, y, s, ink, accent);
            case "home" -> plant(g, x, y, s, ink, accent);
            case "fitness" -> dumbbell(g, x, y, s, ink, accent);
            case "dessert" -> cake(g, x, y, s, ink, accent);
            default -> star(g, x, y, s, ink);
        }
    }

    private static void coffee(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(x + s * 0.12, y + s * 0.72, s * 0.7, s * 0.14));
        g.setColor(ink);
        g.fill(new RoundRectangle2D.Double(x + s * 0.22, y + s * 0.38, s * 0.46, s * 0.4, s * 0.12, s * 0.12));
        g.draw(new Ellipse2D.Double(x + s * 0.62, y + s * 0.45, s * 0.18, s * 0.2));
        for (int i = 0; i < 3; i++) {
            double sx = x + s * (0.32 + i * 0.12);
            g.draw(new QuadCurve2D.Double(sx, y + s * 0.32, sx + s * 0.06, y + s * 0.22, sx, y + s * 0.12));
        }
    }

    private static void bowl(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        g.setColor(accent);
        for (int i = 0; i < 4; i++) {
            g.draw(new QuadCurve2D.Double(x + s * 0.22, y + s * (0.42 + i * 0.03), x + s * 0.5, y + s * (0.3 + i * 0.03),
                    x + s * 0.78, y + s * (0.42 + i * 0.03)));
        }
        g.setColor(ink);
        g.fill(new Arc2D.Double(x + s * 0.12, y + s * 0.2, s * 0.76, s * 0.62, 180, 180, Arc2D.CHORD));
        g.drawLine((int) (x + s * 0.55), (int) (y + s * 0.48), (int) (x + s * 0.9), (int) (y + s * 0.12));
        g.drawLine((int) (x + s * 0.6), (int) (y + s * 0.5), (int) (x + s * 0.95), (int) (y + s * 0.18));
    }

    private static void mountains(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(x + s * 0.6, y + s * 0.1, s * 0.22, s * 0.22));
        g.setColor(ink);
        Path2D p = new Path2D.Double();
        p.moveTo(x + s * 0.05, y + s * 0.85);
        p.lineTo(x + s * 0.38, y + s * 0.3);
        p.lineTo(x + s * 0.55, y + s * 0.58);
        p.lineTo(x + s * 0.68, y + s * 0.42);
        p.lineTo(x + s * 0.95, y + s * 0.85);
        p.closePath();
        g.fill(p);
    }

    private static void dress(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        g.setColor(accent);
        g.draw(new QuadCurve2D.Double(x + s * 0.5, y + s * 0.1, x + s * 0.58, y + s * 0.02, x + s * 0.5, y));
        g.drawLine((int) (x + s * 0.25), (int) (y + s * 0.22), (int) (x + s * 0.75), (int) (y + s * 0.22));
        g.setColor(ink);
        Path2D p = new Path2D.Double();
        p.moveTo(x + s * 0.4, y + s * 0.2);
        p.lineTo(x + s * 0.6, y + s * 0.2);
        p.lineTo(x + s * 0.58, y + s * 0.45);
        p.lineTo(x + s * 0.8, y + s * 0.92);
        p.lineTo(x + s * 0.2, y + s * 0.92);
        p.lineTo(x + s * 0.42, y + s * 0.45);
        p.closePath();
        g.fill(p);
    }

    private static void bottles(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        g.setColor(ink);
        g.fill(new RoundRectangle2D.Double(x + s * 0.2, y + s * 0.3, s * 0.26, s * 0.58, s * 0.08, s * 0.08));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x + s * 0.27, y + s * 0.16, s * 0.12, s * 0.14));
        g.fill(new RoundRectangle2D.Double(x + s * 0.55, y + s * 0.58, s * 0.3, s * 0.3, s * 0.06, s * 0.06));
        g.setColor(ink);
        g.fill(new RoundRectangle2D.Double(x + s * 0.53, y + s * 0.5, s * 0.34, s * 0.1, s * 0.04, s * 0.04));
    }

    private static void plant(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        g.setColor(accent);
        for (int i = -1; i <= 1; i++) {
            g.fill(new Ellipse2D.Double(x + s * (0.4 + i * 0.16), y + s * (0.18 + Math.abs(i) * 0.12), s * 0.2, s * 0.36));
        }
        g.setColor(ink);
        Path2D pot = new Path2D.Double();
        pot.moveTo(x + s * 0.28, y + s * 0.58);
        pot.lineTo(x + s * 0.72, y + s * 0.58);
        pot.lineTo(x + s * 0.64, y + s * 0.92);
        pot.lineTo(x + s * 0.36, y + s * 0.92);
        pot.closePath();
        g.fill(pot);
    }

    private static void dumbbell(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(x + s * 0.15, y + s * 0.47, s * 0.7, s * 0.06, s * 0.04, s * 0.04));
        g.setColor(ink);
        for (double side : new double[] {0.1, 0.22, 0.68, 0.8}) {
            double h = side == 0.1 || side == 0.8 ? 0.3 : 0.42;
            g.fill(new RoundRectangle2D.Double(x + s * side, y + s * (0.5 - h / 2), s * 0.1, s * h, s * 0.04, s * 0.04));
        }
    }

    private static void cake(Graphics2D g, double x, double y, double s, Color ink, Color accent) {
        Path2D slice = new Path2D.Double();
        slice.moveTo(x + s * 0.15, y + s * 0.85);
        slice.lineTo(x + s * 0.85, y + s * 0.85);
        slice.lineTo(x + s * 0.85, y + s * 0.45);
        slice.closePath();
        g.setColor(ink);
        g.fill(slice);
        g.setColor(accent);
        g.drawLine((int) (x + s * 0.45), (int) (y + s * 0.72), (int) (x + s * 0.85), (int) (y + s * 0.72));
        g.fill(new Ellipse2D.Double(x + s * 0.74, y + s * 0.3, s * 0.14, s * 0.14));
    }

    private static void star(Graphics2D g, double x, double y, double s, Color ink) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = (i % 2 == 0 ? 0.42 : 0.18) * s;
            double a = Math.PI / 5 * i - Math.PI / 2;
            double px = x + s / 2 + r * Math.cos(a);
            double py = y + s / 2 + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        g.setColor(ink);
        g.fill(p);
    }
}
