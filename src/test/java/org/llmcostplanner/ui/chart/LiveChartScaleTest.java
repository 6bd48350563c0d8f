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
        assertTrue(distinctColours(device, 900, 300) > distinctColours(logical, 450, 150),
                "finer detail: more distinct pixels in the same part of the chart");
    }

    private static int distinctColours(BufferedImage image, int x0, int y0) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        int side = image.getWidth() / 8;
        for (int y = y0; y < y0 + side; y++) {
            for (int x = x0; x < x0 + side; x++) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
