package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.Scenario;

/**
 * Writes a planner chart as PNG with plain Java2D, so it works without a display
 * (java.awt.headless=true) from the CLI and the window alike.
 *
 * <p>Large images are drawn at a 1280×720 layout and scaled up, so text and lines keep their
 * proportions on a 1920×1080 slide instead of shrinking to specks.
 */
public final class ChartPngExporter {

    /** The layout size that charts are designed for; bigger exports scale it up. */
    static final double DESIGN_WIDTH = 1280;
    static final double DESIGN_HEIGHT = 720;
    public static final int MAX_SIDE = 10_000;

    private ChartPngExporter() {
    }

    public static void write(ChartKind kind, Scenario scenario, Path out, int width, int height) throws IOException {
        write(kind, scenario, out, width, height, 1);
    }

    /**
     * A high-DPI export: the chart laid out at width × height and drawn {@code pixelScale} times
     * as sharp, so the image is (width × pixelScale) × (height × pixelScale) pixels and looks
     * like the width × height export on a slide, only crisper.
     */
    public static void write(ChartKind kind, Scenario scenario, Path out, int width, int height, int pixelScale)
            throws IOException {
        write(kind, scenario, ChartMoney.USD, out, width, height, pixelScale);
    }

    /** As {@link #write(ChartKind, Scenario, Path, int, int, int)}, with money written as {@code money} says. */
    public static void write(ChartKind kind, Scenario scenario, ChartMoney money, Path out, int width, int height,
                             int pixelScale) throws IOException {
        BufferedImage image = render(kind, scenario, money, width, height, pixelScale);
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            // Straight to the file: given a plain stream, ImageIO buffers it through a cache file
            // of its own in the system temp folder, a write outside the place the user chose.
            try (ImageOutputStream os = new FileImageOutputStream(tmp.toFile())) {
                if (!ImageIO.write(image, "png", os)) {
                    throw new IOException("no PNG writer available");
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The chart as an RGB image of exactly width × height pixels. */
    public static BufferedImage render(ChartKind kind, Scenario scenario, int width, int height) {
        return render(kind, scenario, width, height, 1);
    }

    /** The chart laid out at width × height, as an image of (width × pixelScale) × (height × pixelScale). */
    public static BufferedImage render(ChartKind kind, Scenario scenario, int width, int height, int pixelScale) {
        return render(kind, scenario, ChartMoney.USD, width, height, pixelScale);
    }

    /** As {@link #render(ChartKind, Scenario, int, int, int)}, with money written as {@code money} says. */
    public static BufferedImage render(ChartKind kind, Scenario scenario, ChartMoney money, int width, int height,
                                       int pixelScale) {
        if (pixelScale < 1) {
            throw new IllegalArgumentException("pixel scale must be 1 or more, was " + pixelScale);
        }
        checkSize((long) width * pixelScale, (long) height * pixelScale);
        BufferedImage image = new BufferedImage(width * pixelScale, height * pixelScale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double scale = designScale(width, height);
            g2.scale(scale * pixelScale, scale * pixelScale);
            JFreeChart chart = PlannerCharts.create(kind, scenario, money);
            chart.setAntiAlias(true); // an export is drawn once: smooth every edge
            chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale), null);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** @throws IllegalArgumentException when a side is outside 1 … {@link #MAX_SIDE} (shared with the SVG export) */
    static void checkSize(long width, long height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("image size must be 1 … " + MAX_SIDE + " pixels a side, was "
                    + width + "×" + height);
        }
    }

    /** How much the 1280×720 design layout is scaled up for an export of this size (never down). */
    static double designScale(int width, int height) {
        return Math.max(1, Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT));
    }
}
