package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.Band;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/** Every chart in a display currency: labels name it, ticks read it, the data and markers stay in USD. */
class ChartMoneyTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);
    private static final ChartMoney EUR_DE = new ChartMoney("EUR", 0.92, Locale.GERMANY);
    private static final ChartMoney EUR_US = new ChartMoney("EUR", 0.92, Locale.US);

    private static PlannerChart chart(PlannerChart c, ChartMoney money, Scenario s) {
        c.setMoney(money);
        c.update(s);
        return c;
    }

    /** The tick labels as the axis draws them on a 1280×720 chart. */
    private static List<String> ticks(JFreeChart chart, ValueAxis axis, RectangleEdge edge) {
        BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo(null);
            chart.draw(g2, new Rectangle2D.Double(0, 0, 1280, 720), null, info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            List<String> out = new ArrayList<>();
            for (Object t : axis.refreshTicks(g2, new AxisState(), area, edge)) {
                String text = ((Tick) t).getText();
                if (text != null && !text.isEmpty()) {
                    out.add(text);
                }
            }
            return out;
        } finally {
            g2.dispose();
        }
    }

    @Test
    void theCostChartNamesTheCurrencyAndReadsItOnRoundTicks() {
        CostChart eur = (CostChart) chart(new CostChart(), EUR_DE, SEED);
        XYPlot plot = eur.chart().getXYPlot();
        assertEquals("Cost, EUR per month", plot.getRangeAxis().getLabel());
        List<String> ticks = ticks(eur.chart(), plot.getRangeAxis(), RectangleEdge.LEFT);
        assertTrue(ticks.size() >= 4, ticks.toString());
        for (String t : ticks) {
            assertTrue(t.matches("[0-9.]+(,[0-9])?k?\u00a0€"), "a round amount in German euros: " + t);
        }
        assertEquals(0, EUR_DE.fromUsd(plot.getRangeAxis().getUpperBound()) % 100, 1e-6,
                "the axis tops out at a round amount of euros");
        // The volume axis speaks German too; the markers keep their volumes.
        assertTrue(eur.nowAnnotation().markers().get(0).label().equals("Now: 1.000/day"));

        CostChart usd = (CostChart) chart(new CostChart(), ChartMoney.USD, SEED);
        assertEquals("Cost, USD per month", usd.chart().getXYPlot().getRangeAxis().getLabel());
        assertTrue(ticks(usd.chart(), usd.chart().getXYPlot().getRangeAxis(), RectangleEdge.LEFT).stream()
                .allMatch(t -> t.startsWith("$")));
        assertEquals(xs(usd.markersAnnotation().markers()), xs(eur.markersAnnotation().markers()),
                "break-even markers sit on the volume axis: the currency does not move them");
        assertSameData(usd.chart().getXYPlot().getDataset(0), plot.getDataset(0));
        assertSameData(usd.chart().getXYPlot().getDataset(1), plot.getDataset(1));
    }

    @Test
    void baselineAndBandsStayOnTheirCurvesInAnotherCurrency() {
        Scenario pinned = SEED.with(InputField.DEV_RATE_PER_HOUR, 40);
        List<InputRange> ranges = List.of(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 40));
        CostChart usd = new CostChart();
        CostChart eur = new CostChart();
        for (CostChart c : List.of(usd, eur)) {
            c.setBaseline(pinned);
            c.setUncertainty(ranges);
        }
        chart(usd, ChartMoney.USD, SEED);
        chart(eur, EUR_US, SEED);
        // Curves, baseline and bands are all drawn in the one USD coordinate space: identical data.
        assertSameData(usd.chart().getXYPlot().getDataset(0), eur.chart().getXYPlot().getDataset(0));
        List<Band> a = usd.bandsAnnotation().bands();
        List<Band> b = eur.bandsAnnotation().bands();
        assertFalse(a.isEmpty());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).high(), b.get(i).high());
            assertArrayEquals(a.get(i).low(), b.get(i).low());
        }
    }

    @Test
    void theOtherChartsNameAndWriteTheCurrency() {
        PlannerChart breakdown = chart(new BreakdownChart(), EUR_US, SEED);
        assertEquals("EUR per month", breakdown.chart().getCategoryPlot().getRangeAxis().getLabel());
        assertTrue(subtitles(breakdown.chart()).matches("(?s).*self-hosting (saves|costs) €[0-9,.]+k? a month.*"),
                subtitles(breakdown.chart()));

        PlannerChart cumulative = chart(new CumulativeChart(), EUR_DE, SEED);
        assertEquals("Cost, EUR", cumulative.chart().getXYPlot().getRangeAxis().getLabel());
        assertTrue(subtitles(cumulative.chart()).contains("\u00a0€"), subtitles(cumulative.chart()));

        TornadoChart tornado = new TornadoChart();
        tornado.setMeasure(TornadoChart.Measure.SAVINGS);
        chart(tornado, EUR_US, SEED);
        ValueAxis value = tornado.chart().getXYPlot().getDomainAxis();
        assertEquals("Monthly savings at the current volume, EUR", value.getLabel());
        List<String> ticks = ticks(tornado.chart(), value, RectangleEdge.BOTTOM);
        assertFalse(ticks.isEmpty());
        for (String t : ticks) {
            assertTrue(t.matches("-?€[0-9,]+(\\.[0-9]+)?k?"), "auto ticks read round euros: " + t);
        }
        assertTrue(subtitles(tornado.chart()).contains("Now: -€") || subtitles(tornado.chart()).contains("Now: €"),
                subtitles(tornado.chart()));
        // Back to the break-even: volumes, no currency.
        tornado.setMeasure(TornadoChart.Measure.BREAK_EVEN);
        tornado.update(SEED);
        assertEquals("Break-even with ops, requests per day", value.getLabel());
        assertTrue(ticks(tornado.chart(), value, RectangleEdge.BOTTOM).stream().noneMatch(t -> t.contains("€")));

        HeatmapChart heatmap = (HeatmapChart) chart(new HeatmapChart(10), EUR_DE, SEED);
        String legend = subtitlesAxisLabel(heatmap.chart());
        assertEquals("Savings, EUR/month", legend);
    }

    @Test
    void anExportInEurosSaysEurosAndTheDefaultStaysInDollars() {
        // (The rotated axis label is drawn as outlines in SVG, not text: the tick labels tell.)
        String eur = SvgExporter.toSvg(ChartKind.COST, SEED, EUR_US, 1280, 720);
        assertTrue(eur.contains(">€100</text>"), "a tick in euros");
        assertFalse(eur.contains(">$"), "no tick in dollars");
        String usd = SvgExporter.toSvg(ChartKind.COST, SEED, 1280, 720);
        assertTrue(usd.contains(">$100</text>"));
        assertFalse(usd.contains("€"));
    }

    @Test
    void everyChartDrawsAtExtremeRatesWhenFiguresOverflow() {
        Scenario huge = SEED.with(InputField.OUTPUT_PRICE_PER_MTOK, 1e308).with(InputField.REQUESTS_PER_DAY, 1e9)
                .with(InputField.DEV_RATE_PER_HOUR, Double.MAX_VALUE);
        for (double rate : new double[] {1e9, 1e-300}) {
            ChartMoney money = new ChartMoney("EUR", rate, Locale.GERMANY);
            for (Scenario s : List.of(SEED, huge)) {
                for (ChartKind kind : ChartKind.values()) {
                    BufferedImage image = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                            java.time.Duration.ofSeconds(10), () -> ChartPngExporter.render(kind, s, money, 320, 200, 1),
                            kind + " at " + rate);
                    assertEquals(320, image.getWidth());
                }
                // (The heatmap's dev-rate axis cannot reach 2 × Double.MAX_VALUE, in dollars either: huge prices only.)
                Scenario analysed = s == SEED ? SEED : SEED.with(InputField.OUTPUT_PRICE_PER_MTOK, 1e308)
                        .with(InputField.REQUESTS_PER_DAY, 1e9);
                TornadoChart savings = new TornadoChart();
                savings.setMeasure(TornadoChart.Measure.SAVINGS);
                for (PlannerChart c : List.of(savings, new HeatmapChart(8))) {
                    chart(c, money, analysed);
                    ticks(c.chart(), c.chart().getXYPlot().getDomainAxis(), RectangleEdge.BOTTOM);
                }
            }
        }
    }

    private static List<Double> xs(List<VerticalMarkers.Marker> markers) {
        return markers.stream().map(VerticalMarkers.Marker::x).toList();
    }

    private static void assertSameData(XYDataset a, XYDataset b) {
        assertEquals(a.getSeriesCount(), b.getSeriesCount());
        for (int s = 0; s < a.getSeriesCount(); s++) {
            assertEquals(a.getItemCount(s), b.getItemCount(s));
            for (int i = 0; i < a.getItemCount(s); i++) {
                assertEquals(a.getXValue(s, i), b.getXValue(s, i));
                assertEquals(a.getYValue(s, i), b.getYValue(s, i), "series " + a.getSeriesKey(s) + " item " + i);
            }
        }
    }

    private static String subtitles(JFreeChart chart) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String subtitlesAxisLabel(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.PaintScaleLegend l) {
                return l.getAxis().getLabel();
            }
        }
        return null;
    }
}
