package org.llmcostplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.llmcostplanner.analysis.SensitivityGrid;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Monthly savings over two inputs (default: volume × dev rate), {@link #DEFAULT_CELLS}² cells around
 * the current values, all other inputs held. Colours on a lightness-ordered scale with a legend;
 * the zero-savings line (the break-even) drawn on top in black with a white edge, so the sign is
 * readable on any colour and in greyscale; the current scenario marked. The grid is filled into
 * one reused buffer ({@link SensitivityGrid#fill}) and drawn as one scaled image, not 2,500 shapes.
 *
 * <p>Axes: the volume on a log scale from a tenth to ten times the current volume; any other input
 * from its lowest valid value to twice its current value (±100 %), clamped to its valid range.
 */
public final class HeatmapChart implements PlannerChart {

    public static final int DEFAULT_CELLS = 50;
    static final String ZERO_LINE = "savings = 0 (break-even)";

    private final int cells;
    private InputField xInput = InputField.REQUESTS_PER_DAY;
    private InputField yInput = InputField.DEV_RATE_PER_HOUR;
    private final XYPlot plot;
    private static final double SCALE_LIMIT = 1e300;
    private final NumberAxis legendAxis = new NumberAxis(legendLabel(ChartMoney.USD));
    private final SavingsColourScale scale = new SavingsColourScale(0, 1);
    private final PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    private final TextTitle subtitle = new TextTitle("");
    private final Layer layer = new Layer();
    private final JFreeChart chart;
    private double[] values = new double[0];
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    /** How the savings and volumes are written; the grid stays in USD (see {@link MoneyTicks}). */
    private ChartMoney money = ChartMoney.USD;

    public HeatmapChart() {
        this(DEFAULT_CELLS);
    }

    public HeatmapChart(int cells) {
        if (cells < 2) {
            throw new IllegalArgumentException("a heatmap needs at least 2 × 2 cells, got " + cells);
        }
        this.cells = cells;
        plot = new XYPlot(null, axisFor(xInput, money), axisFor(yInput, money), new XYLineAndShapeRenderer(false, false));
        plot.setNoDataMessage(null);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addAnnotation(layer, false);
        chart = ChartStyle.styled(new JFreeChart("Monthly savings", ChartStyle.TITLE_FONT, plot, false), subtitle);
        ChartStyle.styledAxis(legendAxis);
        legendAxis.setNumberFormatOverride(Formats.usd());
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(4, 10, 4, 4));
        legend.setStripWidth(16);
        legend.setStripOutlineVisible(true);
        legend.setSubdivisionCount(40);
        legend.setAxisOffset(4);
        chart.addSubtitle(legend);
    }

    /** The inputs along the columns (x) and rows (y); takes effect at the next {@link #update}. */
    public void setAxes(InputField x, InputField y) {
        if (x == null || y == null || x == y) {
            throw new IllegalArgumentException("a heatmap needs two different inputs, got " + x + " and " + y);
        }
        xInput = x;
        yInput = y;
        // New axes: their label, unit and kind (log for the volume) come from the input.
        plot.setDomainAxis(axisFor(x, money));
        plot.setRangeAxis(axisFor(y, money));
    }

    /** The legend's label names the currency: "Savings, EUR/month". */
    static String legendLabel(ChartMoney money) {
        return "Savings, " + money.currency() + "/month";
    }

    @Override
    public void setMoney(ChartMoney money) {
        this.money = java.util.Objects.requireNonNull(money, "money");
        legendAxis.setLabel(legendLabel(money));
        MoneyTicks.apply(legendAxis, money);
        // The volume axis (if shown) writes the locale's numbers; the axes are kept, with their theme.
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            if (axis instanceof LogAxis log) {
                log.setNumberFormatOverride(Formats.volume(money.locale()));
            }
        }
    }

    public InputField xInput() {
        return xInput;
    }

    public InputField yInput() {
        return yInput;
    }

    /** Savings as last computed, row-major (row = y index, column = x index). */
    public double[] values() {
        return values.clone();
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void update(Scenario scenario) {
        double cx = xInput.get(scenario);
        double cy = yInput.get(scenario);
        xs = axisValues(xInput, cx, cells);
        ys = axisValues(yInput, cy, cells);
        if (values.length != cells * cells) {
            values = new double[cells * cells];
        }
        SensitivityGrid.fill(scenario, xInput, xs, yInput, ys, values);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        // Savings past ±1e300 (inputs near Double.MAX_VALUE) or none finite at all: the colour
        // scale and its legend axis need a finite span; cells beyond it take the end colours.
        lo = Double.isFinite(lo) ? Math.max(lo, -SCALE_LIMIT) : 0;
        hi = Double.isFinite(hi) ? Math.min(hi, SCALE_LIMIT) : 0;
        chart.setNotify(false);
        try {
            scale.setBounds(lo, hi);
            legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
            layer.set(values, cells, scale, cx, cy);
            Axis.range(plot.getDomainAxis(), xs, isLog(xInput));
            Axis.range(plot.getRangeAxis(), ys, isLog(yInput));
            chart.setTitle("Monthly savings by " + xInput.label().toLowerCase() + " and " + yInput.label().toLowerCase());
            subtitle.setText(subtitleText(lo, hi));
        } finally {
            chart.setNotify(true);
        }
    }

    private String subtitleText(double lo, double hi) {
        String sign = lo >= 0 ? "savings everywhere in view" : hi < 0 ? "a loss everywhere in view"
                : "black line = " + ZERO_LINE + ": lighter side saves, darker side loses";
        return sign + "  ·  ring = now  ·  other inputs as set";
    }

    /**
     * {@code n} values of an input around its current value: the volume log-spaced from a tenth to
     * ten times it (1 … 10,000 at 0), any other input evenly from its lowest valid value to twice it.
     */
    public static double[] axisValues(InputField input, double current, int n) {
        if (!isLog(input)) {
            return SensitivityGrid.axis(input, current, 100, n);
        }
        double lo = current > 0 ? Math.max(1, current / 10) : 1;
        double hi = current > 0 ? Math.min(input.max(), Math.max(current * 10, lo * 10)) : 1e4;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo * Math.pow(hi / lo, (double) i / (n - 1));
        }
        v[n - 1] = hi;
        return v;
    }

    private static boolean isLog(InputField f) {
        return f == InputField.REQUESTS_PER_DAY;
    }

    private static ValueAxis axisFor(InputField f, ChartMoney money) {
        ValueAxis axis;
        if (isLog(f)) {
            LogAxis log = new LogAxis(f.label() + ", " + f.unit() + " (log scale)");
            log.setBase(10);
            log.setAutoTickUnitSelection(false);
            log.setTickUnit(new NumberTickUnit(0.5));
            log.setNumberFormatOverride(Formats.volume(money.locale()));
            log.setMinorTickMarksVisible(true);
            axis = log;
        } else {
            axis = new NumberAxis(f.label() + ", " + f.unit());
        }
        axis.setAutoRange(false);
        ChartStyle.styledAxis(axis);
        return axis;
    }

    /** Axis ranges from cell edge to cell edge, and the value at a fractional cell index. */
    static final class Axis {
        private Axis() {
        }

        static double at(double[] v, double index, boolean log) {
            int n = v.length;
            if (log) {
                double q = Math.pow(v[n - 1] / v[0], 1.0 / (n - 1));
                return v[0] * Math.pow(q, index);
            }
            return v[0] + (v[n - 1] - v[0]) * index / (n - 1);
        }

        static void range(ValueAxis axis, double[] v, boolean log) {
            // Half a cell beyond the grid's ends: past Double.MAX_VALUE for an input at its largest
            // allowed value, where the axis stops at the largest finite number instead.
            double lo = Math.max(at(v, -0.5, log), -Double.MAX_VALUE);
            double hi = Math.min(at(v, v.length - 0.5, log), Double.MAX_VALUE);
            if (!(hi > lo)) {
                hi = Math.min(lo + (lo == 0 ? 1 : Math.abs(lo) * 0.01), Double.MAX_VALUE);
            }
            axis.setRange(lo, hi);
        }
    }

    /** The cells as one image, the zero line and the current point, drawn in one pass. */
    final class Layer extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private static final BasicStroke HALO = new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        private static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

        private BufferedImage image;
        private List<ZeroContour.Segment> zero = List.of();
        private double nowX;
        private double nowY;

        void set(double[] values, int n, SavingsColourScale colours, double cx, double cy) {
            if (image == null || image.getWidth() != n) {
                // The live view's own pixel format: the scaled blit then needs no conversion.
                image = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB_PRE);
            }
            for (int row = 0; row < n; row++) {
                for (int col = 0; col < n; col++) {
                    image.setRGB(col, n - 1 - row, 0xFF000000 | colours.rgb(values[row * n + col]));
                }
            }
            zero = ZeroContour.of(values, n, n);
            nowX = cx;
            nowY = cy;
        }

        List<ZeroContour.Segment> zeroLine() {
            return zero;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            if (image == null) {
                return;
            }
            RectangleEdge xe = plot.getDomainAxisEdge();
            RectangleEdge ye = plot.getRangeAxisEdge();
            boolean xLog = isLog(xInput);
            boolean yLog = isLog(yInput);
            int n = image.getWidth();
            int x0 = (int) Math.round(xAxis.valueToJava2D(Axis.at(xs, -0.5, xLog), area, xe));
            int x1 = (int) Math.round(xAxis.valueToJava2D(Axis.at(xs, n - 0.5, xLog), area, xe));
            int y0 = (int) Math.round(yAxis.valueToJava2D(Axis.at(ys, n - 0.5, yLog), area, ye));
            int y1 = (int) Math.round(yAxis.valueToJava2D(Axis.at(ys, -0.5, yLog), area, ye));
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g2.drawImage(image, x0, Math.min(y0, y1), x1 - x0, Math.abs(y1 - y0), null);

            Object aa = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Path2D.Double path = new Path2D.Double();
            for (ZeroContour.Segment s : zero) {
                path.moveTo(xAxis.valueToJava2D(Axis.at(xs, s.c0(), xLog), area, xe),
                        yAxis.valueToJava2D(Axis.at(ys, s.r0(), yLog), area, ye));
                path.lineTo(xAxis.valueToJava2D(Axis.at(xs, s.c1(), xLog), area, xe),
                        yAxis.valueToJava2D(Axis.at(ys, s.r1(), yLog), area, ye));
            }
            g2.setPaint(Color.WHITE);
            g2.setStroke(HALO);
            g2.draw(path);
            g2.setPaint(Color.BLACK);
            g2.setStroke(LINE);
            g2.draw(path);

            double px = xAxis.valueToJava2D(nowX, area, xe);
            double py = yAxis.valueToJava2D(nowY, area, ye);
            Ellipse2D ring = new Ellipse2D.Double(px - 6, py - 6, 12, 12);
            g2.setPaint(Color.WHITE);
            g2.setStroke(HALO);
            g2.draw(ring);
            g2.setPaint(Color.BLACK);
            g2.setStroke(LINE);
            g2.draw(ring);
            g2.setFont(LABEL_FONT);
            FontMetrics fm = g2.getFontMetrics();
            String now = "now";
            float tx = (float) (px + 9 + fm.stringWidth(now) > area.getMaxX() ? px - 9 - fm.stringWidth(now) : px + 9);
            float ty = (float) (py - 8 < area.getMinY() + fm.getAscent() ? py + 8 + fm.getAscent() : py - 8);
            drawHaloText(g2, now, tx, ty);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        }

        private void drawHaloText(Graphics2D g2, String text, float x, float y) {
            g2.setPaint(Color.WHITE);
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    g2.drawString(text, x + dx, y + dy);
                }
            }
            g2.setPaint(Color.BLACK);
            g2.drawString(text, x, y);
        }
    }
}
