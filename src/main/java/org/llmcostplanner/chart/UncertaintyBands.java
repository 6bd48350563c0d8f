package org.llmcostplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.llmcostplanner.analysis.Band;
import org.llmcostplanner.analysis.Curve;
import org.llmcostplanner.analysis.UncertaintyResult;

/**
 * Translucent min/max bands of the cost chart's curves over the input ranges (see
 * {@link org.llmcostplanner.analysis.Uncertainty}): the plan with ops and, when the ranges move it,
 * the API line. Drawn as an annotation, so it lies over the stacked areas (which are opaque) and
 * under the break-even markers; each band is one filled path.
 */
final class UncertaintyBands extends AbstractXYAnnotation implements LegendItemSource {

    static final String PLAN_LABEL = "Plan with ops: range over the input ranges";
    static final String API_LABEL = "API only: range over the input ranges";
    static final Color API_FILL = new Color(0xD5, 0x5E, 0x00, 70);
    private static final BasicStroke EDGE = new BasicStroke(1f);

    private final List<Band> bands = new ArrayList<>();

    /** Shows the bands of {@code result} (null: none). Does not notify; the chart's update does. */
    void show(UncertaintyResult result) {
        bands.clear();
        if (result == null) {
            return;
        }
        for (Curve c : List.of(Curve.PLAN, Curve.API_ONLY)) {
            Band b = result.band(c);
            if (b != null && hasWidth(b)) {
                bands.add(b);
            }
        }
    }

    boolean isEmpty() {
        return bands.isEmpty();
    }

    List<Band> bands() {
        return List.copyOf(bands);
    }

    private static boolean hasWidth(Band b) {
        for (int i = 0; i < b.low().length; i++) {
            if (b.high()[i] - b.low()[i] > 1e-9 * Math.max(1, Math.abs(b.high()[i]))) {
                return true;
            }
        }
        return false;
    }

    /** The plan band is drawn in the theme's ink (dark grey on white, light grey on dark). */
    private ChartTheme theme = ChartTheme.LIGHT;

    /** Follows the chart's theme (see ChartStyle.applyTheme): fill and legend text. */
    void setTheme(ChartTheme theme) {
        this.theme = java.util.Objects.requireNonNull(theme, "theme");
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
    }

    private Color fillOf(Band b) {
        return b.curve() == Curve.API_ONLY ? API_FILL : translucent(theme.ink());
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        for (Band b : bands) {
            Color fill = fillOf(b);
            Path2D.Double path = new Path2D.Double();
            double[] x = b.volumes();
            for (int i = 0; i < x.length; i++) {
                double px = domainAxis.valueToJava2D(x[i], dataArea, xEdge);
                double py = rangeAxis.valueToJava2D(b.high()[i], dataArea, yEdge);
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            for (int i = x.length - 1; i >= 0; i--) {
                path.lineTo(domainAxis.valueToJava2D(x[i], dataArea, xEdge),
                        rangeAxis.valueToJava2D(b.low()[i], dataArea, yEdge));
            }
            path.closePath();
            g2.setPaint(fill);
            g2.fill(path);
            g2.setPaint(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 150));
            g2.setStroke(EDGE);
            g2.draw(path);
        }
    }

    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (Band b : bands) {
            boolean api = b.curve() == Curve.API_ONLY;
            LegendItem item = new LegendItem(api ? API_LABEL : PLAN_LABEL, null, null, null,
                    new Rectangle(-6, -5, 12, 10), fillOf(b));
            item.setLabelFont(ChartStyle.LEGEND_FONT);
            item.setLabelPaint(theme.text());
            items.add(item);
        }
        return items;
    }
}
