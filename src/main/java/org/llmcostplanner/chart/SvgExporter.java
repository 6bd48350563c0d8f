package org.llmcostplanner.chart;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.llmcostplanner.model.Scenario;

/**
 * Writes a planner chart as SVG: the chart {@link PlannerCharts} builds for the window and the PNG
 * export, drawn into JFreeSVG's SVGGraphics2D instead of an image, at the same layout scale as
 * {@link ChartPngExporter} so both exports of one size look alike. Vector output: text stays text
 * and lines stay sharp at any zoom, for slides and documents.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    /**
     * The chart as a standalone SVG document of {@code width} × {@code height} (user units = pixels).
     *
     * @throws IllegalArgumentException when a side is outside 1 … {@link ChartPngExporter#MAX_SIDE}
     */
    public static String toSvg(ChartKind kind, Scenario scenario, int width, int height) {
        return toSvg(kind, scenario, ChartMoney.USD, width, height);
    }

    /** As {@link #toSvg(ChartKind, Scenario, int, int)}, with money written as {@code money} says. */
    public static String toSvg(ChartKind kind, Scenario scenario, ChartMoney money, int width, int height) {
        ChartPngExporter.checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double scale = ChartPngExporter.designScale(width, height);
        g2.scale(scale, scale);
        JFreeChart chart = PlannerCharts.create(kind, scenario, money);
        chart.setAntiAlias(true);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale), null);
        return g2.getSVGDocument();
    }
}
