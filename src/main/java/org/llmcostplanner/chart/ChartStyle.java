package org.llmcostplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.Title;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart, on screen and in exports. Colours follow the Okabe–Ito
 * colour-blind-safe palette and differ in lightness too, so API (vermillion, solid line), GPU (dark
 * blue), ops (sky blue) and migration (pale yellow) stay apart when printed in greyscale; the plan
 * line is black and dashed.
 */
public final class ChartStyle {

    public static final Color API = new Color(0xD5, 0x5E, 0x00);
    public static final Color GPU = new Color(0x1F, 0x4E, 0x79);
    public static final Color OPS = new Color(0x7F, 0xB8, 0xE6);
    public static final Color MIGRATION = new Color(0xF0, 0xE4, 0x42);
    public static final Color PLAN = new Color(0x20, 0x20, 0x20);
    public static final Color MARKER = new Color(0x55, 0x55, 0x55);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);

    public static final Stroke API_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke PLAN_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {8f, 5f}, 0f);
    public static final Stroke RAW_MARKER_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {3f, 3f}, 0f);
    public static final Stroke OPS_MARKER_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {9f, 4f}, 0f);
    public static final Stroke CURRENT_STROKE = new BasicStroke(2f);
    public static final Stroke GRID_STROKE = new BasicStroke(0.8f);

    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    public static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font ANNOTATION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static final int MAX_STYLED_SERIES = 8;

    private ChartStyle() {
    }

    /** Title, subtitle slot, legend and background in the shared look. */
    static JFreeChart styled(JFreeChart chart, TextTitle subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        // Fills without anti-aliasing on screen (see SmoothLineRenderer); exports turn it back on.
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 8, 6, 14));
        chart.getTitle().setFont(TITLE_FONT);
        chart.getTitle().setPaint(TEXT);
        subtitle.setFont(SUBTITLE_FONT);
        subtitle.setPaint(TEXT);
        subtitle.setPadding(new RectangleInsets(0, 0, 4, 0));
        chart.addSubtitle(subtitle);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        styledPlot(chart.getPlot());
        return chart;
    }

    static void styledPlot(Plot plot) {
        plot.setBackgroundPaint(null); // the chart's white background is already there
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
    }

    static void styledAxis(Axis axis) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(MARKER);
        axis.setTickMarkPaint(MARKER);
    }

    static Paint gridPaint() {
        return GRID;
    }

    /**
     * Recolours a chart built in the shared look for {@code theme}: background, titles, legend,
     * axes, grid, marker and total labels, and the plan line (the theme's ink). Data colours stay.
     * Charts are built in {@link ChartTheme#LIGHT}; calling this with LIGHT restores that look.
     */
    public static void applyTheme(JFreeChart chart, ChartTheme theme) {
        chart.setBackgroundPaint(theme.background());
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(theme.text());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                text.setPaint(theme.text());
            } else if (t instanceof LegendTitle legend) {
                legend.setItemPaint(theme.text());
                legend.setBackgroundPaint(theme.background());
            }
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setDomainGridlinePaint(theme.grid());
            plot.setRangeGridlinePaint(theme.grid());
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                themedAxis(plot.getDomainAxis(i), theme);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                themedAxis(plot.getRangeAxis(i), theme);
            }
            for (XYAnnotation a : plot.getAnnotations()) {
                if (a instanceof VerticalMarkers markers) {
                    markers.setTheme(theme);
                } else if (a instanceof UncertaintyBands bands) {
                    bands.setTheme(theme);
                }
            }
            for (int r = 0; r < plot.getRendererCount(); r++) {
                XYItemRenderer renderer = plot.getRenderer(r);
                // Paints are set per series index before any data exists: look past the dataset.
                int series = Math.max(MAX_STYLED_SERIES,
                        plot.getDataset(r) == null ? 0 : plot.getDataset(r).getSeriesCount());
                for (int s = 0; renderer != null && s < series; s++) {
                    if (isInk(renderer.getSeriesPaint(s))) {
                        renderer.setSeriesPaint(s, theme.ink(), false);
                    }
                }
            }
        } else if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(theme.grid());
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                themedAxis(plot.getDomainAxis(i), theme);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                themedAxis(plot.getRangeAxis(i), theme);
            }
            for (Object a : plot.getAnnotations()) {
                if (a instanceof CategoryTextAnnotation text) {
                    text.setPaint(theme.text());
                }
            }
        }
    }

    private static void themedAxis(Axis axis, ChartTheme theme) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(theme.text());
        axis.setTickLabelPaint(theme.text());
        axis.setAxisLinePaint(theme.axisLine());
        axis.setTickMarkPaint(theme.axisLine());
    }

    /** The plan line's colour in any theme: what a theme change recolours. */
    private static boolean isInk(Paint p) {
        return p != null && (p.equals(ChartTheme.LIGHT.ink()) || p.equals(ChartTheme.DARK.ink()));
    }
}
