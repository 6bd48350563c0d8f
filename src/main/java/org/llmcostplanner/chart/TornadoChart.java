package org.llmcostplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.llmcostplanner.analysis.Sensitivity;
import org.llmcostplanner.analysis.Tornado;
import org.llmcostplanner.analysis.TornadoBar;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * A tornado of the with-ops break-even or of the monthly savings: each input moved by −P % and +P %
 * ({@link Sensitivity#tornado}), one row per input, the largest swing on top. The −P % side is dark
 * blue, the +P % side light orange, so the two stay apart in greyscale. A break-even of "never" is
 * drawn into a hatched "never" column at the right edge and labelled, so it cannot be mistaken for
 * a large number. Recomputed in {@link #update} (a tornado over every input costs microseconds).
 */
public final class TornadoChart implements PlannerChart {

    /** Which figure the bars show. */
    public enum Measure {
        BREAK_EVEN("Break-even with ops, requests per day"),
        SAVINGS("Monthly savings at the current volume, ");

        private final String axisLabel;

        Measure(String axisLabel) {
            this.axisLabel = axisLabel;
        }

        /** The value axis's label; the savings name the currency ("…, EUR"). */
        String axisLabel(ChartMoney money) {
            return this == SAVINGS ? axisLabel + money.currency() : axisLabel;
        }
    }

    static final Color LOW = new Color(0x1F, 0x4E, 0x79);
    static final Color HIGH = new Color(0xF0, 0xB0, 0x60);
    /** Translucent grey: a light band on the light theme, a dark one on the dark theme. */
    static final Color NEVER_FILL = new Color(0x80, 0x80, 0x80, 0x2A);
    static final String NEVER = "never";

    private final NumberAxis valueAxis = new NumberAxis();
    private final XYPlot plot;
    private final TextTitle subtitle = new TextTitle("");
    private final Bars bars = new Bars();
    private final JFreeChart chart;
    private SymbolAxis rowAxis = new SymbolAxis("", new String[0]);
    private double percent = Sensitivity.DEFAULT_PERCENT;
    private Measure measure = Measure.BREAK_EVEN;
    private Tornado tornado;
    private List<TornadoBar> rows = List.of();
    /** How money and numbers are written; the bars stay in USD (see {@link MoneyTicks}). */
    private ChartMoney money = ChartMoney.USD;

    public TornadoChart() {
        ChartStyle.styledAxis(valueAxis);
        valueAxis.setAutoRange(false);
        styleRows(rowAxis);
        plot = new XYPlot(null, valueAxis, rowAxis, new XYLineAndShapeRenderer(false, false));
        plot.setNoDataMessage(null);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setRangeGridlinesVisible(false);
        plot.addAnnotation(bars, false);
        LegendItemCollection legend = new LegendItemCollection();
        plot.setFixedLegendItems(legend);
        chart = ChartStyle.styled(new JFreeChart("Tornado", ChartStyle.TITLE_FONT, plot, true), subtitle);
    }

    private static void keepThemePaints(SymbolAxis from, SymbolAxis to) {
        to.setTickLabelPaint(from.getTickLabelPaint());
        to.setLabelPaint(from.getLabelPaint());
        to.setAxisLinePaint(from.getAxisLinePaint());
        to.setTickMarkPaint(from.getTickMarkPaint());
    }

    public void setPercent(double percent) {
        this.percent = percent;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    @Override
    public void setMoney(ChartMoney money) {
        this.money = java.util.Objects.requireNonNull(money, "money");
    }

    public Measure measure() {
        return measure;
    }

    /** The tornado last drawn (null before the first update). */
    public Tornado tornado() {
        return tornado;
    }

    /** The rows top to bottom, as last drawn. */
    public List<TornadoBar> rows() {
        return rows;
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void update(Scenario scenario) {
        tornado = Sensitivity.tornado(scenario, percent);
        rows = measure == Measure.BREAK_EVEN ? tornado.bars() : tornado.barsBySavingsSwing();
        String[] labels = rows.stream().map(b -> b.input().label()).toArray(String[]::new);
        chart.setNotify(false);
        try {
            SymbolAxis previous = rowAxis;
            rowAxis = new SymbolAxis("", labels);
            styleRows(rowAxis);
            keepThemePaints(previous, rowAxis); // a new axis per update must not fall back to the light theme
            rowAxis.setRange(-0.6, Math.max(0.6, rows.size() - 0.4));
            plot.setRangeAxis(rowAxis);
            bars.layout(rows, measure, measure == Measure.BREAK_EVEN ? tornado.baseBreakEven() : (Double) tornado.baseSavings());
            bars.money = money;
            valueAxis.setLabel(measure.axisLabel(money));
            valueAxis.setRange(bars.axisLow, bars.axisHigh);
            if (measure == Measure.BREAK_EVEN) {
                valueAxis.setNumberFormatOverride(Formats.volume(money.locale()));
                valueAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
            } else {
                MoneyTicks.apply(valueAxis, money);
            }
            String p = Formats.monthsText(percent, money.locale());
            chart.setTitle(measure == Measure.BREAK_EVEN
                    ? "Which input moves the break-even with ops most (±" + p + " %)"
                    : "Which input moves the monthly savings most (±" + p + " %)");
            plot.setFixedLegendItems(legend(p, bars.anyNever));
            subtitle.setText(subtitleText());
        } finally {
            chart.setNotify(true);
        }
    }

    private String subtitleText() {
        String base = measure == Measure.BREAK_EVEN
                ? "Now: " + (tornado.baseBreakEven() == null ? NEVER
                        : Formats.volumeText(tornado.baseBreakEven(), money.locale()) + " req/day")
                : "Now: " + Formats.moneyText(tornado.baseSavings(), money) + "/month";
        int skipped = tornado.skipped().size();
        return base + "  ·  largest swing on top" + (skipped == 0 ? "" : "  ·  " + skipped + " inputs at 0 not moved");
    }

    private static void styleRows(SymbolAxis axis) {
        ChartStyle.styledAxis(axis);
        axis.setInverted(true); // row 0, the largest swing, on top
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setTickLabelFont(ChartStyle.TICK_FONT);
    }

    private static LegendItemCollection legend(String p, boolean anyNever) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("Input −" + p + " %", LOW));
        items.add(item("Input +" + p + " %", HIGH));
        if (anyNever) {
            items.add(item("never breaks even", NEVER_FILL));
        }
        return items;
    }

    private static LegendItem item(String label, Color paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle(-6, -5, 12, 10), paint,
                new BasicStroke(0.6f), ChartStyle.MARKER);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    /** The bars, drawn in one pass; positions in data space, laid out once per update. */
    static final class Bars extends AbstractXYAnnotation {
        /** The theme's text colour, read from the value axis at each draw. */
        private java.awt.Paint text = ChartStyle.TEXT;
        private static final long serialVersionUID = 1L;
        private static final double HALF_HEIGHT = 0.34;
        private static final Font VALUE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

        private List<TornadoBar> rows = List.of();
        private Measure measure;
        private Double base;
        private ChartMoney money = ChartMoney.USD;
        double axisLow;
        double axisHigh;
        /** The x at which "never" is drawn (the middle of the never column); NaN when none is needed. */
        double neverX = Double.NaN;
        double neverFrom = Double.NaN;
        boolean anyNever;

        void layout(List<TornadoBar> rows, Measure measure, Double base) {
            this.rows = rows;
            this.measure = measure;
            this.base = base;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            anyNever = base == null;
            for (TornadoBar b : rows) {
                for (double v : new double[] {value(b, true), value(b, false)}) {
                    if (Double.isNaN(v)) {
                        anyNever = true;
                    } else {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (base != null) {
                lo = Math.min(lo, base);
                hi = Math.max(hi, base);
            }
            if (measure == Measure.SAVINGS) {
                lo = Math.min(lo, 0); // zero in view: the sign of the savings is the decision
                hi = Math.max(hi, 0);
            }
            if (lo > hi) { // nothing finite at all
                lo = 0;
                hi = 1;
            }
            double span = Math.max(hi - lo, Math.max(1e-6, 0.1 * Math.max(Math.abs(hi), Math.abs(lo))));
            // Room beyond the bars for their value labels.
            axisLow = measure == Measure.BREAK_EVEN ? Math.max(0, lo - 0.16 * span) : lo - 0.16 * span;
            if (anyNever) {
                neverFrom = hi + 0.16 * span;
                neverX = hi + 0.28 * span;
                axisHigh = hi + 0.40 * span;
            } else {
                neverFrom = Double.NaN;
                neverX = Double.NaN;
                axisHigh = hi + 0.16 * span;
            }
        }

        /** The bar end for one side: NaN for "never". */
        double value(TornadoBar b, boolean low) {
            if (measure == Measure.SAVINGS) {
                return low ? b.savingsLow() : b.savingsHigh();
            }
            Double v = low ? b.breakEvenLow() : b.breakEvenHigh();
            return v == null ? Double.NaN : v;
        }

        private double x(double v) {
            return Double.isNaN(v) ? neverX : v;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            RectangleEdge xe = plot.getDomainAxisEdge();
            RectangleEdge ye = plot.getRangeAxisEdge();
            // The value axis carries the theme's text colour (ChartStyle.applyTheme); labels and
            // the base line take it so they read on a dark background too.
            text = xAxis.getTickLabelPaint();
            g2.setFont(VALUE_FONT);
            FontMetrics fm = g2.getFontMetrics();
            if (anyNever) {
                double x0 = xAxis.valueToJava2D(neverFrom, area, xe);
                Rectangle2D col = new Rectangle2D.Double(x0, area.getMinY(), area.getMaxX() - x0, area.getHeight());
                g2.setPaint(NEVER_FILL);
                g2.fill(col);
                g2.setPaint(ChartStyle.MARKER);
                g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                g2.draw(new Line2D.Double(x0, area.getMinY(), x0, area.getMaxY()));
                String t = "never";
                g2.setPaint(text);
                g2.drawString(t, (float) (xAxis.valueToJava2D(neverX, area, xe) - fm.stringWidth(t) / 2.0),
                        (float) (area.getMinY() + fm.getAscent() + 2));
            }
            double baseX = base == null ? neverX : base;
            double px0 = xAxis.valueToJava2D(baseX, area, xe);
            for (int i = 0; i < rows.size(); i++) {
                TornadoBar b = rows.get(i);
                double yTop = yAxis.valueToJava2D(i - HALF_HEIGHT, area, ye);
                double yBottom = yAxis.valueToJava2D(i + HALF_HEIGHT, area, ye);
                double top = Math.min(yTop, yBottom);
                double h = Math.abs(yBottom - yTop);
                // The larger side is drawn first so a side hidden behind the other still shows at its end.
                double lowV = value(b, true);
                double highV = value(b, false);
                double lx = xAxis.valueToJava2D(x(lowV), area, xe);
                double hx = xAxis.valueToJava2D(x(highV), area, xe);
                boolean lowFirst = Math.abs(lx - px0) >= Math.abs(hx - px0);
                drawSide(g2, lowFirst ? lx : hx, px0, top, h, lowFirst ? LOW : HIGH);
                drawSide(g2, lowFirst ? hx : lx, px0, top, h, lowFirst ? HIGH : LOW);
                drawValue(g2, fm, area, lowV, lx, px0, top, h, LOW);
                drawValue(g2, fm, area, highV, hx, px0, top, h, HIGH);
            }
            g2.setPaint(text);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(px0, area.getMinY(), px0, area.getMaxY()));
            if (measure == Measure.SAVINGS && xAxis.getRange().contains(0) && (base == null || base != 0)) {
                double z = xAxis.valueToJava2D(0, area, xe);
                g2.setPaint(ChartStyle.MARKER);
                g2.setStroke(ChartStyle.RAW_MARKER_STROKE);
                g2.draw(new Line2D.Double(z, area.getMinY(), z, area.getMaxY()));
            }
        }

        private static void drawSide(Graphics2D g2, double x, double px0, double top, double h, Color c) {
            double left = Math.min(x, px0);
            double w = Math.max(1, Math.abs(x - px0));
            Rectangle2D r = new Rectangle2D.Double(left, top, w, h);
            g2.setPaint(c);
            g2.fill(r);
            g2.setPaint(ChartStyle.MARKER);
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(r);
        }

        /**
         * The side's value next to its end, outside the bar; inside its end (in a colour that reads
         * on the bar) when the plot has no room outside.
         */
        private void drawValue(Graphics2D g2, FontMetrics fm, Rectangle2D area, double v, double x, double px0,
                               double top, double h, Color bar) {
            if (Math.abs(x - px0) < 1 && !Double.isNaN(v)) {
                return;
            }
            String t = Double.isNaN(v) ? NEVER
                    : measure == Measure.BREAK_EVEN ? Formats.volumeText(v, money.locale()) : Formats.moneyText(v, money);
            double w = fm.stringWidth(t);
            boolean right = x >= px0;
            double tx = right ? x + 3 : x - 3 - w;
            boolean inside = right ? tx + w > area.getMaxX() : tx < area.getMinX();
            if (inside) {
                tx = right ? x - 3 - w : x + 3;
            }
            g2.setPaint(inside && !Double.isNaN(v) && bar == LOW ? Color.WHITE
                    : inside && !Double.isNaN(v) ? ChartStyle.TEXT : text);
            g2.drawString(t, (float) tx, (float) (top + h / 2 + fm.getAscent() / 2.0 - 1));
        }
    }
}
