package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.Band;
import org.llmcostplanner.analysis.Curve;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Sensitivity;
import org.llmcostplanner.analysis.SensitivityGrid;
import org.llmcostplanner.analysis.TornadoBar;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/** The tornado, the heatmap and the cost chart's uncertainty bands, drawn headless. */
class AnalysisChartsTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);

    private static BufferedImage draw(PlannerChart c) {
        BufferedImage img = new BufferedImage(700, 500, BufferedImage.TYPE_INT_ARGB_PRE);
        var g = img.createGraphics();
        c.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 700, 500));
        g.dispose();
        return img;
    }

    @Test
    void tornadoRowsAreTheTornadosBarsAndANeverSideGoesToTheNeverColumn() {
        // Throughput so low that one GPU request costs about one API request: −20 % throughput never breaks even.
        Scenario s = SEED.with(InputField.OUTPUT_TOKENS_PER_SECOND, 0.35);
        TornadoChart chart = new TornadoChart();
        chart.update(s);
        assertEquals(Sensitivity.tornado(s).bars(), chart.rows());
        TornadoBar throughput = chart.rows().stream()
                .filter(b -> b.input() == InputField.OUTPUT_TOKENS_PER_SECOND).findFirst().orElseThrow();
        assertTrue(throughput.breakEvenLow() == null ^ throughput.breakEvenHigh() == null, throughput.toString());
        assertEquals(chart.rows().get(0).breakEvenSwing(), Double.POSITIVE_INFINITY, "a side turning never sorts first");
        assertTrue(chart.chart().getXYPlot().getFixedLegendItems().getItemCount() == 3, "legend names the never column");
        draw(chart);

        chart.setMeasure(TornadoChart.Measure.SAVINGS);
        chart.update(SEED);
        assertEquals(Sensitivity.tornado(SEED).barsBySavingsSwing(), chart.rows());
        assertEquals(2, chart.chart().getXYPlot().getFixedLegendItems().getItemCount());
    }

    @Test
    void heatmapAndTornadoDrawAtTheLargestInputsAllowed() {
        // Every input may be as large as Double.MAX_VALUE; the grid around it (0 … 2 × value)
        // must still give finite axes and a drawable chart.
        for (InputField f : new InputField[] {InputField.DEV_RATE_PER_HOUR, InputField.REQUESTS_PER_DAY,
                InputField.MAINTENANCE_HOURS_PER_MONTH}) {
            Scenario s = SEED.with(f, f.max());
            HeatmapChart heatmap = new HeatmapChart();
            heatmap.update(s);
            draw(heatmap);
            assertTrue(Double.isFinite(heatmap.chart().getXYPlot().getRangeAxis().getUpperBound()), f.name());
            assertTrue(Double.isFinite(heatmap.chart().getXYPlot().getDomainAxis().getUpperBound()), f.name());
            TornadoChart tornado = new TornadoChart();
            tornado.update(s);
            draw(tornado);
        }
    }

    @Test
    void heatmapHoldsTheGridAndItsZeroLineLiesOnTheBreakEven() {
        HeatmapChart chart = new HeatmapChart();
        chart.update(SEED);
        double[] xs = chart.xs();
        double[] ys = chart.ys();
        assertEquals(50, xs.length);
        double[] expected = SensitivityGrid.savings(SEED, InputField.REQUESTS_PER_DAY, xs, InputField.DEV_RATE_PER_HOUR, ys)
                .savings();
        assertTrue(java.util.Arrays.equals(expected, chart.values()));
        assertTrue(xs[0] < 3030 && 3030 < xs[49], "the seed's break-even is in view");

        List<ZeroContour.Segment> zero = ZeroContour.of(chart.values(), 50, 50);
        assertFalse(zero.isEmpty());
        for (ZeroContour.Segment seg : zero) {
            double v = HeatmapChart.Axis.at(xs, seg.c0(), true);
            double r = HeatmapChart.Axis.at(ys, seg.r0(), false);
            double savings = CostModel.of(SEED.with(InputField.DEV_RATE_PER_HOUR, r)).savings(v);
            // Linear interpolation between cells: close to zero relative to the savings' spread.
            assertTrue(Math.abs(savings) < 20, "savings on the zero line: " + savings);
        }
        draw(chart);

        chart.setAxes(InputField.DEV_RATE_PER_HOUR, InputField.MAINTENANCE_HOURS_PER_MONTH);
        chart.update(SEED);
        assertEquals(InputField.DEV_RATE_PER_HOUR, chart.xInput());
        assertEquals(0, chart.xs()[0], 1e-9);
        assertEquals(120, chart.xs()[49], 1e-9, "up to twice the current dev rate");
    }

    @Test
    void colourScaleGetsLighterWithSavingsSoGreyscaleKeepsTheOrder() {
        SavingsColourScale scale = new SavingsColourScale(-100, 100);
        double last = -1;
        for (int v = -100; v <= 100; v += 5) {
            Color c = new Color(scale.rgb(v));
            double grey = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
            assertTrue(grey > last, "lightness rises at " + v);
            last = grey;
        }
    }

    @Test
    void zeroContourOfAPlaneIsAStraightLineThroughItsRoot() {
        // f(c, r) = c − 1.5 on a 4 × 3 grid: zero at column 1.5 in every row.
        double[] v = new double[12];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                v[r * 4 + c] = c - 1.5;
            }
        }
        List<ZeroContour.Segment> segs = ZeroContour.of(v, 4, 3);
        assertEquals(2, segs.size());
        for (ZeroContour.Segment s : segs) {
            assertEquals(1.5, s.c0(), 1e-12);
            assertEquals(1.5, s.c1(), 1e-12);
        }
    }

    @Test
    void costChartBandsSpanThePlanOverTheRangesAndOnlyWhenAsked() {
        CostChart chart = new CostChart();
        chart.update(SEED);
        assertTrue(chart.bandsAnnotation().isEmpty());
        assertEquals(2, chart.chart().getLegend().getSources().length);

        chart.setUncertainty(List.of(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 4)));
        chart.update(SEED);
        List<Band> bands = chart.bandsAnnotation().bands();
        assertEquals(1, bands.size(), "maintenance moves the plan, not the API line");
        Band plan = bands.get(0);
        assertEquals(Curve.PLAN, plan.curve());
        for (int i = 0; i < plan.volumes().length; i++) {
            CostModel lo = CostModel.of(SEED.with(InputField.MAINTENANCE_HOURS_PER_MONTH, 2));
            CostModel hi = CostModel.of(SEED.with(InputField.MAINTENANCE_HOURS_PER_MONTH, 4));
            assertEquals(lo.plan(plan.volumes()[i]), plan.low()[i], 1e-9);
            assertEquals(hi.plan(plan.volumes()[i]), plan.high()[i], 1e-9);
        }
        assertEquals(1, chart.bandsAnnotation().getLegendItems().getItemCount());
        draw(chart);

        chart.setUncertainty(List.of());
        chart.update(SEED);
        assertTrue(chart.bandsAnnotation().isEmpty());
    }
}
