package org.llmcostplanner.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.PlannerCharts;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/** High-DPI drawing without a toolkit: twice the pixels, the same layout. */
class LiveChartScaleTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);

    @Test
    void atOutputScaleTwoTheChartIsLaidOutAtTheLogicalSizeAndDrawnWithTwiceThePixels() {
        BufferedImage logical = new BufferedImage(640, 400, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage device = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB_PRE);
        Rectangle2D at1 = LiveChartView.drawChart(logical, PlannerCharts.create(ChartKind.COST, SEED), 1);
        Rectangle2D at2 = LiveChartView.drawChart(device, PlannerCharts.create(ChartKind.COST, SEED), 2);
        // Same plot area in layout units (text metrics differ by a pixel or two when scaled).
        assertEquals(at1.getX(), at2.getX(), 3);
        assertEquals(at1.getY(), at2.getY(), 3);
        assertEquals(at1.getWidth(), at2.getWidth(), 3);
        assertEquals(at1.getHeight(), at2.getHeight(), 3);
        // The whole device image is painted, not just its top-left quarter.
        assertTrue((device.getRGB(1270, 790) >>> 24) == 0xFF, "bottom-right corner drawn");
        assertTrue(sameChartScaledUp(logical, device) > 0.97, "the device image is the logical one, twice as big");
    }

    /** Of the logical pixels inside flat areas (3×3 of one colour), the share whose colour sits at 2x, 2y. */
    private static double sameChartScaledUp(BufferedImage logical, BufferedImage device) {
        int flat = 0;
        int same = 0;
        for (int y = 1; y < logical.getHeight() - 1; y += 3) {
            for (int x = 1; x < logical.getWidth() - 1; x += 3) {
                int c = logical.getRGB(x, y);
                boolean uniform = true;
                for (int dy = -1; dy <= 1 && uniform; dy++) {
                    for (int dx = -1; dx <= 1 && uniform; dx++) {
                        uniform = logical.getRGB(x + dx, y + dy) == c;
                    }
                }
                if (uniform) {
                    flat++;
                    if (device.getRGB(2 * x, 2 * y) == c) {
                        same++;
                    }
                }
            }
        }
        return same / (double) flat;
    }
}
