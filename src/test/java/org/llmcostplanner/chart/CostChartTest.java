package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class CostChartTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);
    private static final Scenario MULTI = SEED.with(InputField.OUTPUT_TOKENS_PER_SECOND, 1);

    @Test
    void marksEveryCrossingAndTheCurrentVolume() {
        CostChart chart = new CostChart();
        chart.update(MULTI);
        List<VerticalMarkers.Marker> markers = chart.markersAnnotation().markers();
        int crossings = BreakEvenSolver.solve(MULTI, BreakEvenKind.RAW).crossings().size()
                + BreakEvenSolver.solve(MULTI, BreakEvenKind.WITH_OPS).crossings().size();
        assertTrue(crossings >= 4, "the scenario crosses several times");
        assertEquals(crossings, markers.size());
        assertEquals(List.of(1000.0), chart.nowAnnotation().markers().stream().map(VerticalMarkers.Marker::x).toList());
        assertEquals("Now: 1,000/day", chart.nowAnnotation().markers().get(0).label());
        assertTrue(markers.stream().anyMatch(m -> m.label().equals("Break-even, GPU only: 303/day")));
    }

    @Test
    void theCurrentVolumeMarkerFollowsTheVolume() {
        CostChart chart = new CostChart();
        chart.update(SEED);
        chart.update(SEED.with(InputField.REQUESTS_PER_DAY, 25_000));
        assertTrue(chart.nowAnnotation().markers().stream()
                .anyMatch(m -> m.x() == 25_000 && m.label().equals("Now: 25k/day")));
    }

    @Test
    void aVolumeChangeThatKeepsTheAxesChangesOnlyTheOverlay() {
        CostChart chart = new CostChart();
        chart.update(SEED);
        assertFalse(chart.onlyOverlayChanged(), "first update draws everything");
        chart.update(SEED.with(InputField.REQUESTS_PER_DAY, 1100));
        assertTrue(chart.onlyOverlayChanged());
        chart.update(SEED.with(InputField.REQUESTS_PER_DAY, 1100).with(InputField.DEV_RATE_PER_HOUR, 80));
        assertFalse(chart.onlyOverlayChanged(), "another input changes the curves");
        chart.update(SEED.with(InputField.REQUESTS_PER_DAY, 2e6).with(InputField.DEV_RATE_PER_HOUR, 80));
        assertTrue(chart.onlyOverlayChanged(), "the axes stay while the volume is dragged");
        chart.update(SEED.with(InputField.REQUESTS_PER_DAY, 2e7).with(InputField.DEV_RATE_PER_HOUR, 80));
        assertFalse(chart.onlyOverlayChanged(), "beyond 1e7 requests/day the x axis widens");
    }

    @Test
    void crowdedLabelsNeverOverlapEvenOnASmallChart() {
        for (int[] size : new int[][] {{1280, 720}, {480, 300}}) {
            CostChart chart = new CostChart();
            chart.update(MULTI.with(InputField.REQUESTS_PER_DAY, 4400));
            draw(chart, size[0], size[1]);
            List<Rectangle2D> boxes = new java.util.ArrayList<>(chart.markersAnnotation().lastLabelBoxes());
            boxes.addAll(chart.nowAnnotation().lastLabelBoxes());
            assertFalse(boxes.isEmpty());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap");
                }
            }
            long labelled = chart.markersAnnotation().markers().stream().filter(m -> m.label() != null).count() + 1;
            assertEquals(labelled, boxes.size() + chart.markersAnnotation().labelsLeftOut()
                    + chart.nowAnnotation().labelsLeftOut());
        }
    }

    @Test
    void niceNumbersRoundUp() {
        assertEquals(800, CostChart.niceCeil(660), 1e-9);
        assertEquals(250, CostChart.niceCeil(201), 1e-9);
        assertEquals(1000, CostChart.niceCeil(1000), 1e-9);
        assertEquals(1.2e6, CostChart.niceCeil(1.1e6), 1e-3);
    }

    private static void draw(CostChart chart, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        chart.chart().draw(g2, new Rectangle2D.Double(0, 0, w, h), null);
        g2.dispose();
    }
}
