package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Vertical lines at x values with labels that never overlap. JFreeChart's value markers place each
 * label on its own, so several break-even crossings close together print on top of each other.
 * This annotation lays the labels out when it draws, with the real font metrics and plot size:
 * each label goes right of its line (left when it would leave the plot), into the first free row;
 * a label that finds no free row is left out (its line stays). Labels are placed in priority order,
 * so the first break-evens and the current volume always win.
 */
final class VerticalMarkers extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ROWS = 3;
    private static final double GAP = 4;
    /** Draw no more lines than this: thousands of instance-step crossings would paint the plot grey. */
    private static final int MAX_LINES = 40;

    /** Where a label sits: in rows from the top of the plot, or from the bottom. */
    enum Row { TOP, BOTTOM }

    /** One line; {@code label} null for a line without text; lower {@code priority} is placed first. */
    record Marker(double x, String label, Paint paint, Stroke stroke, Row row, int priority) {
    }

    private List<Marker> markers = List.of();
    private int labelsLeftOut;
    private List<Rectangle2D> lastLabelBoxes = List.of();
    /** Labels drawn earlier by another annotation, which this one must not cover. */
    private VerticalMarkers drawnBefore;
    private boolean visible = true;
    private ChartTheme theme = ChartTheme.LIGHT;

    /** Places this annotation's labels clear of {@code other}'s, which must be drawn first. */
    void avoid(VerticalMarkers other) {
        this.drawnBefore = other;
    }

    /** Hidden markers draw nothing (a live view draws them as a separate layer). */
    void setVisible(boolean visible) {
        this.visible = visible;
    }

    /** Draws the light look's neutral lines and label backings in {@code theme}'s colours. */
    void setTheme(ChartTheme theme) {
        this.theme = theme;
    }

    void setMarkers(List<Marker> newMarkers) {
        this.markers = List.copyOf(newMarkers);
        fireAnnotationChanged();
    }

    List<Marker> markers() {
        return markers;
    }

    /** Where the last draw put its labels. */
    List<Rectangle2D> lastLabelBoxes() {
        return lastLabelBoxes;
    }

    /** How many labels the last draw could not place without overlap. */
    int labelsLeftOut() {
        return labelsLeftOut;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (!this.visible) {
            return;
        }
        List<Marker> visible = new ArrayList<>();
        for (Marker m : markers) {
            if (domainAxis.getRange().contains(m.x())) {
                visible.add(m);
            }
        }
        visible.sort(Comparator.comparingInt(Marker::priority));
        if (visible.size() > MAX_LINES) {
            visible = new ArrayList<>(visible.subList(0, MAX_LINES));
        }
        List<Rectangle2D> taken = drawnBefore == null ? List.of() : drawnBefore.lastLabelBoxes();
        double[] xs = new double[visible.size()];
        for (int i = 0; i < xs.length; i++) {
            Marker m = visible.get(i);
            xs[i] = domainAxis.valueToJava2D(m.x(), dataArea, plot.getDomainAxisEdge());
            g2.setPaint(themed(m.paint()));
            g2.setStroke(m.stroke());
            drawLineAround(g2, xs[i], dataArea, taken);
        }
        g2.setFont(ChartStyle.ANNOTATION_FONT);
        FontMetrics fm = g2.getFontMetrics();
        double h = fm.getAscent() + fm.getDescent() + 2;
        List<Rectangle2D> placed = new ArrayList<>();
        int leftOut = 0;
        for (int i = 0; i < xs.length; i++) {
            Marker m = visible.get(i);
            if (m.label() == null) {
                continue;
            }
            Rectangle2D box = place(m, xs[i], fm.stringWidth(m.label()) + 6, h, dataArea, placed, taken);
            if (box == null) {
                leftOut++;
                continue;
            }
            placed.add(box);
            g2.setPaint(theme.labelBackground());
            g2.fill(box);
            g2.setPaint(labelPaint(themed(m.paint())));
            g2.drawString(m.label(), (float) (box.getX() + 3), (float) (box.getY() + 1 + fm.getAscent()));
        }
        labelsLeftOut = leftOut;
        lastLabelBoxes = List.copyOf(placed);
    }

    /** Markers are built with the light look's neutrals (PLAN, MARKER); other themes swap those. */
    private Paint themed(Paint p) {
        if (ChartStyle.PLAN.equals(p)) {
            return theme.ink();
        }
        if (ChartStyle.MARKER.equals(p)) {
            return theme.marker();
        }
        return p;
    }

    /** Label text a shade off its line, towards contrast with the label's backing. */
    private Paint labelPaint(Paint line) {
        if (!(line instanceof Color c)) {
            return theme.text();
        }
        if (!theme.isDark()) {
            return c.darker();
        }
        // Halfway to white: Color.brighter() barely lifts saturated dark colours such as the green.
        return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
    }

    /** A vertical line over the plot that leaves earlier labels readable (it passes behind them). */
    private static void drawLineAround(Graphics2D g2, double x, Rectangle2D area, List<Rectangle2D> labels) {
        double top = area.getMinY();
        List<Rectangle2D> crossed = new ArrayList<>();
        for (Rectangle2D r : labels) {
            if (x >= r.getMinX() - 1 && x <= r.getMaxX() + 1) {
                crossed.add(r);
            }
        }
        crossed.sort(Comparator.comparingDouble(Rectangle2D::getMinY));
        for (Rectangle2D r : crossed) {
            if (r.getMinY() > top) {
                g2.draw(new Line2D.Double(x, top, x, r.getMinY()));
            }
            top = Math.max(top, r.getMaxY());
        }
        if (top < area.getMaxY()) {
            g2.draw(new Line2D.Double(x, top, x, area.getMaxY()));
        }
    }

    private static Rectangle2D place(Marker m, double x, double w, double h, Rectangle2D area,
                                     List<Rectangle2D> placed, List<Rectangle2D> taken) {
        double left = x + GAP + w <= area.getMaxX() ? x + GAP : x - GAP - w;
        if (left < area.getMinX()) {
            left = area.getMinX();
        }
        for (int row = 0; row < MAX_ROWS; row++) {
            double top = m.row() == Row.TOP
                    ? area.getMinY() + GAP + row * (h + 2)
                    : area.getMaxY() - GAP - h - row * (h + 2);
            Rectangle2D box = new Rectangle2D.Double(left, top, w, h);
            if (placed.stream().noneMatch(p -> p.intersects(box)) && taken.stream().noneMatch(p -> p.intersects(box))) {
                return box;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
