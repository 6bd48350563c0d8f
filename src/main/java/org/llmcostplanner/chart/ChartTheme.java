package org.llmcostplanner.chart;

import java.awt.Color;

/**
 * The neutral colours a chart is drawn with: background, text, grid, axis lines, the grey of the
 * plain break-even marker, the "ink" of the plan line and the with-ops marker, and the backing of
 * marker labels. The data colours (API, GPU, ops, migration) stay the same in every theme, so a
 * series keeps its colour when the window switches between light and dark.
 *
 * <p>Exports and the CLI always draw {@link #LIGHT}; only the window's live views switch.
 */
public record ChartTheme(Color background, Color text, Color grid, Color axisLine, Color marker, Color ink,
                         Color labelBackground) {

    /** The original look: white, near-black text and lines (what every export uses). */
    public static final ChartTheme LIGHT = new ChartTheme(Color.WHITE, ChartStyle.TEXT, ChartStyle.GRID,
            ChartStyle.MARKER, ChartStyle.MARKER, ChartStyle.PLAN, ChartStyle.LABEL_BACKGROUND);

    /** For a dark window (GitHub Primer dark's surfaces): light text and lines on a dark panel. */
    public static final ChartTheme DARK = new ChartTheme(new Color(0x16, 0x1B, 0x22), new Color(0xD6, 0xDC, 0xE2),
            new Color(0x30, 0x36, 0x3D), new Color(0x8B, 0x94, 0x9E), new Color(0xA0, 0xA8, 0xB0),
            new Color(0xE6, 0xED, 0xF3), new Color(0x16, 0x1B, 0x22, 215));

    /** Whether text on this theme's background should be lighter than the line it labels. */
    public boolean isDark() {
        return luminance(background) < 0.5;
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }
}
