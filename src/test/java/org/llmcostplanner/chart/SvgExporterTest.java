package org.llmcostplanner.chart;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgExporterTest {

    private final Scenario seed = Presets.seedArticle();

    @Test
    void drawsTheSameChartThePngExportDraws() {
        String svg = SvgExporter.toSvg(ChartKind.COST, seed, 640, 360);
        assertTrue(svg.contains("width='640.0' height='360.0'") || svg.contains("width=\"640\""), svg.substring(0, 300));
        var chart = PlannerCharts.create(ChartKind.COST, seed);
        String axisLabel = chart.getXYPlot().getDomainAxis().getLabel();
        assertTrue(axisLabel != null && svg.contains(escape(axisLabel)), "x axis label \"" + axisLabel + "\" drawn");
    }

    @Test
    void sameInputSameDocument() {
        assertEquals(strip(SvgExporter.toSvg(ChartKind.BREAKDOWN, seed, 800, 600)),
                strip(SvgExporter.toSvg(ChartKind.BREAKDOWN, seed, 800, 600)));
    }

    @Test
    void sizesOutsideThePngLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SvgExporter.toSvg(ChartKind.COST, seed, 0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> SvgExporter.toSvg(ChartKind.COST, seed, 10, ChartPngExporter.MAX_SIDE + 1));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** JFreeSVG numbers its clip ids from a clock; they differ from run to run. */
    private static String strip(String svg) {
        return svg.replaceAll("_[0-9]+clip", "_clip");
    }
}
