package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class ChartThemeTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);

    @Test
    void darkThemePaintsTheWholeChartOnADarkBackgroundAndLightRestoresWhite() {
        for (ChartKind kind : ChartKind.values()) {
            PlannerChart chart = PlannerCharts.newChart(kind);
            ChartStyle.applyTheme(chart.chart(), ChartTheme.DARK);
            chart.update(SEED);
            BufferedImage dark = draw(chart.chart());
            assertEquals(ChartTheme.DARK.background().getRGB(), dark.getRGB(2, 2), kind + " corner");
            assertTrue(share(dark, ChartTheme.DARK.background()) > 0.4, kind + ": mostly dark background");
            assertTrue(share(dark, Color.WHITE) < 0.01, kind + ": no white panels left");

            ChartStyle.applyTheme(chart.chart(), ChartTheme.LIGHT);
            assertEquals(Color.WHITE.getRGB(), draw(chart.chart()).getRGB(2, 2), kind + " back to light");
        }
    }

    @Test
    void darkThemeTurnsThePlanLineLightSoItStaysVisible() {
        PlannerChart chart = PlannerCharts.newChart(ChartKind.CUMULATIVE);
        ChartStyle.applyTheme(chart.chart(), ChartTheme.DARK); // before any data, as a live view does
        chart.update(SEED);
        XYPlot plot = chart.chart().getXYPlot();
        assertEquals(ChartTheme.DARK.ink(), plot.getRenderer().getSeriesPaint(1));
        assertEquals(ChartStyle.API, plot.getRenderer().getSeriesPaint(0), "data colours stay");
        assertEquals(ChartTheme.DARK.text(), chart.chart().getTitle().getPaint());
        assertEquals(ChartTheme.DARK.text(), plot.getRangeAxis().getTickLabelPaint());
    }

    @Test
    void darkThemeDrawsThePlanRangeBandAndItsLegendInLightInk() {
        CostChart chart = new CostChart();
        chart.setUncertainty(java.util.List.of(
                new org.llmcostplanner.analysis.InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 40)));
        ChartStyle.applyTheme(chart.chart(), ChartTheme.DARK);
        chart.update(SEED);
        org.jfree.chart.LegendItem item = chart.bandsAnnotation().getLegendItems().get(0);
        assertEquals(ChartTheme.DARK.text(), item.getLabelPaint(), "legend text readable on dark");
        Color fill = (Color) item.getFillPaint();
        assertEquals(ChartTheme.DARK.ink().getRGB() & 0xFFFFFF, fill.getRGB() & 0xFFFFFF, "light ink, not dark grey");
        assertTrue(fill.getAlpha() < 255, "translucent: the curves show through");

        ChartStyle.applyTheme(chart.chart(), ChartTheme.LIGHT);
        assertEquals(ChartTheme.LIGHT.text(), chart.bandsAnnotation().getLegendItems().get(0).getLabelPaint());
        assertEquals(ChartTheme.LIGHT.ink().getRGB() & 0xFFFFFF,
                ((Color) chart.bandsAnnotation().getLegendItems().get(0).getFillPaint()).getRGB() & 0xFFFFFF);
    }

    @Test
    void theTornadoKeepsTheDarkThemeAcrossUpdates() {
        TornadoChart tornado = new TornadoChart();
        ChartStyle.applyTheme(tornado.chart(), ChartTheme.DARK); // once, as the live view does
        tornado.update(SEED);
        tornado.update(SEED.with(InputField.DEV_RATE_PER_HOUR, 90)); // a new row axis per update
        XYPlot plot = tornado.chart().getXYPlot();
        assertEquals(ChartTheme.DARK.text(), plot.getRangeAxis().getTickLabelPaint(), "input names readable");
        assertEquals(ChartTheme.DARK.text(), plot.getDomainAxis().getTickLabelPaint());
        // The value labels beside the bars: some pixels in the theme's light text colour.
        BufferedImage dark = draw(tornado.chart());
        assertTrue(share(dark, ChartTheme.DARK.text()) > 0.001, "light text drawn on the dark chart");
    }

    @Test
    void exportsStayLight() {
        BufferedImage png = ChartPngExporter.render(ChartKind.COST, SEED, 640, 400);
        assertEquals(Color.WHITE.getRGB(), png.getRGB(2, 2));
        assertFalse(ChartTheme.LIGHT.isDark());
        assertTrue(ChartTheme.DARK.isDark());
    }

    private static BufferedImage draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, 640, 400));
        } finally {
            g2.dispose();
        }
        return image;
    }

    private static double share(BufferedImage image, Color c) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n / (double) (image.getWidth() * image.getHeight());
    }
}
