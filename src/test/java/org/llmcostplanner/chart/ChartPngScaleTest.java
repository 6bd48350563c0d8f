package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.Scenario;

/** High-DPI PNG export: the layout of width × height, drawn scale times as many pixels. */
class ChartPngScaleTest {

    private static final Scenario SEED = Presets.seedArticle();

    @Test
    void pixelsAreTheLayoutSizeTimesTheScale() {
        BufferedImage image = ChartPngExporter.render(ChartKind.COST, SEED, 640, 360, 3);
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void aScaledImageIsTheSameDrawingAsTheUnscaledOneOnlySharper() {
        BufferedImage one = ChartPngExporter.render(ChartKind.BREAKDOWN, SEED, 400, 300, 1);
        BufferedImage two = ChartPngExporter.render(ChartKind.BREAKDOWN, SEED, 400, 300, 2);
        // Downsampled 2x ≈ 1x: compare the mean brightness of a coarse grid of cells.
        double diff = 0;
        int cells = 0;
        for (int y = 0; y < 300; y += 20) {
            for (int x = 0; x < 400; x += 20) {
                diff += Math.abs(mean(one, x, y, 20, 1) - mean(two, x * 2, y * 2, 40, 1));
                cells++;
            }
        }
        assertEquals(0, diff / cells, 12, "mean per-cell brightness difference");
    }

    @Test
    void scalesBelowOneAndImagesBeyondTheLargestSideAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChartPngExporter.render(ChartKind.COST, SEED, 640, 360, 0));
        assertThrows(IllegalArgumentException.class,
                () -> ChartPngExporter.render(ChartKind.COST, SEED, 4000, 2000, 3));
    }

    private static double mean(BufferedImage img, int x0, int y0, int size, int step) {
        long sum = 0;
        int n = 0;
        for (int y = y0; y < Math.min(y0 + size, img.getHeight()); y += step) {
            for (int x = x0; x < Math.min(x0 + size, img.getWidth()); x += step) {
                int rgb = img.getRGB(x, y);
                sum += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                n++;
            }
        }
        return n == 0 ? 0 : sum / (3.0 * n);
    }
}
