package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Lines only, each series stroked as one path, anti-aliased even when the chart is not. On screen
 * the charts turn anti-aliasing off for fills (the areas and bars have axis-parallel edges, and
 * anti-aliased filling of large polygons is the biggest cost of a software redraw) but curves
 * drawn without it look jagged.
 */
final class SmoothLineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    SmoothLineRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true);
    }

    @Override
    protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
        Object old = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        try {
            super.drawFirstPassShape(g2, pass, series, item, shape);
        } finally {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, old);
        }
    }
}
