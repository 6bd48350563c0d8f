package org.llmcostplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Uncertainty;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYDataset;
import org.llmcostplanner.model.BreakEven;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Crossing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Monthly cost vs requests/day on a log axis: the API-only line, the self-hosted side as stacked
 * areas (GPU, ops, amortized migration), the plan line when only part is self-hosted, break-even
 * markers and the current volume.
 *
 * <p>Drawn for speed as well as looks: each area is one polygon ({@link XYAreaRenderer} fills a
 * series in one path) and each line one path, over ~160 log-spaced samples plus the exact step
 * points of {@link CostCurves}; no shapes, no per-item entities, fixed axis ranges (no autorange).
 */
final class CostChart implements PlannerChart {

    static final String API_ONLY = "API only";
    static final String PLAN = "Plan (API share + self-hosted)";
    static final String GPU = "Self-hosted: GPU compute";
    static final String OPS = "Self-hosted: ops time";
    static final String MIGRATION = "Self-hosted: migration (amortized)";
    static final Color CURRENT = new Color(0x00, 0x7A, 0x5A);
    /** Where the x axis starts: the volume slider's lowest value (the CSV export keeps 1 … 1e7). */
    static final double FIRST_VOLUME = 10;
    /** A pinned scenario's curves, drawn dashed over the current ones (series 2 and 3 of the lines). */
    static final String BASELINE_API_ONLY = "Baseline: API only";
    static final String BASELINE_PLAN = "Baseline: plan";
    static final Stroke BASELINE_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {4f, 4f}, 0f);
    static final Color BASELINE_API = new Color(0xD5, 0x5E, 0x00, 0x90);
    static final Color BASELINE_PLAN_COLOR = new Color(0xCC, 0x79, 0xA7);

    private final DefaultXYDataset lines = new DefaultXYDataset();
    private final DefaultXYDataset stack = new DefaultXYDataset();
    private final SmoothLineRenderer lineRenderer = new SmoothLineRenderer();
    private final XYAreaRenderer areaRenderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    private final LogAxis volumeAxis = new LogAxis("Requests per day (log scale)");
    private final NumberAxis costAxis = new NumberAxis(costLabel(ChartMoney.USD));
    private final VerticalMarkers markers = new VerticalMarkers();
    /** The current volume, the overlay layer: drawn after (and clear of) the break-even labels. */
    private final VerticalMarkers now = new VerticalMarkers();
    /** Everything but the volume that the base layer depends on; equal = only the overlay moved. */
    private record Base(Scenario scenarioWithoutVolume, double upper, double yMax, List<InputRange> ranges) {
    }

    /** Input ranges shown as bands around the curves (empty: no bands). */
    private List<InputRange> ranges = List.of();
    private final UncertaintyBands bands = new UncertaintyBands();

    private Base base;
    /** How money and numbers are written; the data stays in USD (see {@link MoneyTicks}). */
    private ChartMoney money = ChartMoney.USD;
    /** The pinned baseline, or null; its curves share the current scenario's axes. */
    private Scenario baseline;
    /** The baseline's curves for the last x range asked for: sampled once, not on every change. */
    private BaselineCurves baselineCurves;
    private boolean onlyOverlayChanged;
    private final TextTitle subtitle = new TextTitle("");
    private final JFreeChart chart;

    CostChart() {
        volumeAxis.setBase(10);
        volumeAxis.setAutoTickUnitSelection(false);
        volumeAxis.setTickUnit(new NumberTickUnit(1)); // one tick per power of ten
        volumeAxis.setNumberFormatOverride(Formats.volume());
        volumeAxis.setMinorTickMarksVisible(true);
        volumeAxis.setSmallestValue(FIRST_VOLUME);
        volumeAxis.setAutoRange(false);
        costAxis.setAutoRange(false);
        ChartStyle.styledAxis(volumeAxis);
        ChartStyle.styledAxis(costAxis);

        lineRenderer.setSeriesPaint(0, ChartStyle.API);
        lineRenderer.setSeriesStroke(0, ChartStyle.API_STROKE);
        lineRenderer.setSeriesPaint(1, ChartStyle.PLAN);
        lineRenderer.setSeriesStroke(1, ChartStyle.PLAN_STROKE);
        lineRenderer.setSeriesPaint(2, BASELINE_API);
        lineRenderer.setSeriesStroke(2, BASELINE_STROKE);
        lineRenderer.setSeriesPaint(3, BASELINE_PLAN_COLOR);
        lineRenderer.setSeriesStroke(3, BASELINE_STROKE);
        areaRenderer.setSeriesPaint(0, ChartStyle.GPU);
        areaRenderer.setSeriesPaint(1, ChartStyle.OPS);
        areaRenderer.setSeriesPaint(2, ChartStyle.MIGRATION);
        areaRenderer.setOutline(false);

        XYPlot plot = new XYPlot(lines, volumeAxis, costAxis, lineRenderer);
        // Dataset 1 (areas) is drawn before dataset 0 (lines), so the lines stay on top; the
        // legend lists lines first. Inside the stack the tallest band (migration) is drawn first.
        plot.setDataset(1, stack);
        plot.setRenderer(1, areaRenderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.addAnnotation(bands, false);
        plot.addAnnotation(markers, false);
        now.avoid(markers);
        plot.addAnnotation(now, false);
        chart = ChartStyle.styled(new JFreeChart("Monthly cost vs requests per day", ChartStyle.TITLE_FONT, plot, true),
                subtitle);
        chart.getLegend().setSources(new org.jfree.chart.LegendItemSource[] {plot, bands});
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void update(Scenario scenario) {
        CostModel model = CostModel.of(scenario);
        double volume = scenario.workload().requestsPerDay();
        BreakEven raw = BreakEvenSolver.solve(model, BreakEvenKind.RAW);
        BreakEven withOps = BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS);
        double upper = CostCurves.upperVolume(Math.max(volume, Math.max(first(raw), first(withOps))));
        BaselineCurves pinned = baselineCurves(upper);
        upper = pinned == null ? upper : pinned.upper();
        CostCurves curves = CostCurves.sample(model, FIRST_VOLUME, upper, CostCurves.DEFAULT_LOG_SAMPLES);

        int n = curves.size();
        double[] x = new double[n];
        double[] api = new double[n];
        double[] plan = new double[n];
        double[] gpu = new double[n];
        double[] opsTop = new double[n];
        double[] migrationTop = new double[n];
        boolean anyMigration = false;
        for (int i = 0; i < n; i++) {
            x[i] = curves.volume(i);
            api[i] = curves.apiOnly(i);
            plan[i] = curves.plan(i);
            gpu[i] = curves.gpu(i);
            opsTop[i] = gpu[i] + curves.ops(i);
            migrationTop[i] = opsTop[i] + curves.migration(i);
            anyMigration |= curves.migration(i) > 0;
        }
        boolean partial = model.selfHostShare() < 1;
        double yMax = yMax(curves, upper, raw, withOps, money);
        yMax = pinned == null ? yMax : Math.max(yMax, yMax(pinned.curves(), upper, pinned.raw(), pinned.withOps(), money));
        Base newBase = new Base(scenario.with(InputField.REQUESTS_PER_DAY, 0), upper, yMax, ranges);

        chart.setNotify(false);
        try {
            now.setMarkers(volume > 0 ? List.of(nowMarker(volume)) : List.of());
            onlyOverlayChanged = newBase.equals(base);
            if (onlyOverlayChanged) {
                return;
            }
            base = newBase;
            lines.addSeries(API_ONLY, new double[][] {x, api});
            lines.addSeries(PLAN, new double[][] {x, plan});
            showBaseline(pinned);
            stack.addSeries(GPU, new double[][] {x, gpu});
            stack.addSeries(OPS, new double[][] {x, opsTop});
            stack.addSeries(MIGRATION, new double[][] {x, migrationTop});
            lineRenderer.setSeriesVisible(1, partial, false);
            areaRenderer.setSeriesVisible(2, anyMigration, false);
            volumeAxis.setRange(FIRST_VOLUME, upper);
            costAxis.setRange(0, yMax);
            costAxis.setTickUnit(MoneyTicks.unit(yMax, money), false, true); // its format labels the ticks
            markers.setMarkers(markers(raw, withOps));
            bands.show(ranges.isEmpty() ? null : Uncertainty.analyse(scenario, ranges, x));
            subtitle.setText(subtitleText(scenario, raw, withOps));
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Tall enough for the costs around the break-evens, not the far right (where the API line
     * reaches millions and would flatten everything else). Independent of the current volume on
     * purpose: the axes stay still while the volume slider is dragged, so the picture does not jump
     * and a live view only has to move the current-volume marker.
     */
    private static double yMax(CostCurves curves, double upper, BreakEven raw, BreakEven withOps, ChartMoney money) {
        double interest = 100;
        for (BreakEven be : List.of(raw, withOps)) {
            interest = Math.max(interest, first(be));
            List<Crossing> cs = be.crossings();
            if (!cs.isEmpty() && cs.size() <= 8) {
                interest = Math.max(interest, cs.get(cs.size() - 1).requestsPerDay());
            }
        }
        double focus = Math.min(upper, 3 * interest);
        return MoneyTicks.niceCeil(1.1 * Math.max(1, curves.maxCostUpTo(focus)), money);
    }

    /** The next "nice" number at or above v: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceCeil(double v) {
        return nice(v, new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10});
    }

    /**
     * The next tick step at or above v: 1, 2, 2.5 or 5 times a power of ten. Money axes set their
     * tick unit explicitly ({@link MoneyTicks#unit}), not chosen by JFreeChart, whose auto selection
     * measures tick label text on every draw.
     */
    static double niceStep(double v) {
        return nice(v, new double[] {1, 2, 2.5, 5, 10});
    }

    private static double nice(double v, double[] steps) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : steps) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static double first(BreakEven be) {
        return be.requestsPerDay().orElse(0);
    }

    private VerticalMarkers.Marker nowMarker(double volume) {
        return new VerticalMarkers.Marker(volume, "Now: " + Formats.volumeText(volume, money.locale()) + "/day",
                CURRENT, ChartStyle.CURRENT_STROKE, VerticalMarkers.Row.BOTTOM, 0);
    }

    private List<VerticalMarkers.Marker> markers(BreakEven raw, BreakEven withOps) {
        List<VerticalMarkers.Marker> list = new ArrayList<>();
        List<Crossing> opsCrossings = withOps.crossings();
        int priority = 10;
        for (Crossing c : raw.crossings()) {
            boolean same = opsCrossings.stream().anyMatch(o -> sameVolume(o.requestsPerDay(), c.requestsPerDay()));
            if (same) {
                continue; // drawn once, with the with-ops crossing's "both" label
            }
            boolean isFirst = isBreakEven(raw.requestsPerDay(), c);
            list.add(new VerticalMarkers.Marker(c.requestsPerDay(),
                    label("GPU only", isFirst, c), ChartStyle.MARKER, ChartStyle.RAW_MARKER_STROKE,
                    VerticalMarkers.Row.TOP, isFirst ? 1 : priority++));
        }
        for (Crossing c : opsCrossings) {
            boolean both = raw.crossings().stream().anyMatch(r -> sameVolume(r.requestsPerDay(), c.requestsPerDay()));
            boolean isFirst = isBreakEven(withOps.requestsPerDay(), c);
            list.add(new VerticalMarkers.Marker(c.requestsPerDay(),
                    label(both ? "GPU only = with ops" : "with ops", isFirst, c), ChartStyle.PLAN,
                    ChartStyle.OPS_MARKER_STROKE, VerticalMarkers.Row.TOP, isFirst ? 2 : priority++));
        }
        return list;
    }

    private static boolean isBreakEven(OptionalDouble first, Crossing c) {
        return first.isPresent() && sameVolume(first.getAsDouble(), c.requestsPerDay());
    }

    private static boolean sameVolume(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private String label(String kind, boolean isBreakEven, Crossing c) {
        String v = Formats.volumeText(c.requestsPerDay(), money.locale());
        if (isBreakEven) {
            return "Break-even, " + kind + ": " + v + "/day";
        }
        return kind + (c.planBecomesCheaper() ? ": cheaper again from " : ": dearer again above ") + v;
    }

    private String subtitleText(Scenario s, BreakEven raw, BreakEven withOps) {
        return "Break-even " + breakEvenText(raw) + " (GPU only), " + breakEvenText(withOps) + " (with ops)"
                + "  ·  " + Formats.monthsText(s.workload().billingDaysPerMonth(), money.locale()) + " billing days/month";
    }

    private String breakEvenText(BreakEven be) {
        if (be.isNever()) {
            return "never";
        }
        String text = Formats.volumeText(be.requestsPerDay().getAsDouble(), money.locale()) + " req/day";
        int more = be.crossings().size() - 1;
        return more > 0 ? text + " (+" + more + (be.crossingsTruncated() ? "+" : "") + " crossings)" : text;
    }

    /** The cost axis's label names the currency: "Cost, EUR per month". */
    static String costLabel(ChartMoney money) {
        return "Cost, " + money.currency() + " per month";
    }

    @Override
    public void setMoney(ChartMoney money) {
        this.money = java.util.Objects.requireNonNull(money, "money");
        costAxis.setLabel(costLabel(money));
        volumeAxis.setNumberFormatOverride(Formats.volume(money.locale()));
        base = null; // every label of the base layer is rewritten at the next update
    }

    @Override
    public void setUncertainty(List<InputRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    UncertaintyBands bandsAnnotation() {
        return bands;
    }

    /**
     * Pins {@code pinned} (null = none): from the next {@link #update} on its API-only and plan
     * curves are drawn dashed, as "Baseline: …" in the legend, and the axes make room for them.
     */
    @Override
    public void setBaseline(Scenario pinned) {
        baseline = pinned;
        baselineCurves = null;
        base = null; // the base layer changes even when the current scenario does not
    }

    private BaselineCurves baselineCurves(double currentUpper) {
        if (baseline == null) {
            return null;
        }
        if (baselineCurves == null || baselineCurves.currentUpper() != currentUpper) {
            baselineCurves = BaselineCurves.of(baseline, currentUpper);
        }
        return baselineCurves;
    }

    private void showBaseline(BaselineCurves pinned) {
        if (pinned == null) {
            if (lines.indexOf(BASELINE_API_ONLY) >= 0) {
                lines.removeSeries(BASELINE_API_ONLY);
                lines.removeSeries(BASELINE_PLAN);
            }
            return;
        }
        CostCurves c = pinned.curves();
        double[] x = new double[c.size()];
        double[] api = new double[c.size()];
        double[] plan = new double[c.size()];
        for (int i = 0; i < c.size(); i++) {
            x[i] = c.volume(i);
            api[i] = c.apiOnly(i);
            plan[i] = c.plan(i);
        }
        lines.addSeries(BASELINE_API_ONLY, new double[][] {x, api});
        lines.addSeries(BASELINE_PLAN, new double[][] {x, plan});
    }

    /** The baseline's curves and break-evens over an x range wide enough for both scenarios. */
    private record BaselineCurves(CostCurves curves, BreakEven raw, BreakEven withOps, double currentUpper,
                                  double upper) {
        static BaselineCurves of(Scenario baseline, double currentUpper) {
            CostModel model = CostModel.of(baseline);
            BreakEven raw = BreakEvenSolver.solve(model, BreakEvenKind.RAW);
            BreakEven withOps = BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS);
            double upper = Math.max(currentUpper, CostCurves.upperVolume(Math.max(first(raw), first(withOps))));
            CostCurves curves = CostCurves.sample(model, FIRST_VOLUME, upper, CostCurves.DEFAULT_LOG_SAMPLES);
            return new BaselineCurves(curves, raw, withOps, currentUpper, upper);
        }
    }

    VerticalMarkers markersAnnotation() {
        return markers;
    }

    VerticalMarkers nowAnnotation() {
        return now;
    }

    @Override
    public boolean onlyOverlayChanged() {
        return onlyOverlayChanged;
    }

    @Override
    public boolean hasOverlay() {
        return true;
    }

    @Override
    public void setOverlayVisible(boolean visible) {
        now.setVisible(visible);
    }

    @Override
    public void drawOverlay(Graphics2D g2, Rectangle2D dataArea) {
        XYPlot plot = chart.getXYPlot();
        // The hints JFreeChart.draw sets (stroke control among them): without them a line can land
        // a pixel away from where a full draw puts it.
        g2.addRenderingHints(chart.getRenderingHints());
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.clip(dataArea); // as the plot clips its annotations
        now.draw(g2, plot, dataArea, plot.getDomainAxis(), plot.getRangeAxis(), 0, null);
    }
}
