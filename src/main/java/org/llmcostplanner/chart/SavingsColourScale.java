package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * The heatmap's colours: the "cividis" map (dark blue → grey → yellow), whose lightness rises
 * steadily from one end to the other, so the order of values survives greyscale printing and
 * colour-blind eyes; low savings (losses) dark, high savings light. The zero line is drawn on top
 * by the chart, since no colour alone can say "zero" in greyscale.
 */
final class SavingsColourScale implements PaintScale {

    /** Control points of cividis (matplotlib), at 0, ¼, ½, ¾ and 1. */
    private static final int[][] STOPS = {
            {0x00, 0x22, 0x4E}, {0x41, 0x4D, 0x6B}, {0x7C, 0x7B, 0x78}, {0xBC, 0xAF, 0x6F}, {0xFF, 0xEA, 0x46}};

    private double lower;
    private double upper;

    SavingsColourScale(double lower, double upper) {
        setBounds(lower, upper);
    }

    void setBounds(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return new Color(rgb(value));
    }

    /** The colour of a value as 0xRRGGBB, clamped to the bounds. */
    int rgb(double value) {
        double t = (value - lower) / (upper - lower);
        t = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) pos);
        double f = pos - i;
        int r = (int) Math.round(STOPS[i][0] + f * (STOPS[i + 1][0] - STOPS[i][0]));
        int g = (int) Math.round(STOPS[i][1] + f * (STOPS[i + 1][1] - STOPS[i][1]));
        int b = (int) Math.round(STOPS[i][2] + f * (STOPS[i + 1][2] - STOPS[i][2]));
        return (r << 16) | (g << 8) | b;
    }
}
