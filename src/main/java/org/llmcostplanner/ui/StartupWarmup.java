package org.llmcostplanner.ui;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartStyle;
import org.llmcostplanner.chart.PlannerChart;
import org.llmcostplanner.chart.PlannerCharts;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.Scenario;

/**
 * Does, on a background thread while the toolkit starts, the one-time set-up the window would
 * otherwise do on the FX thread before its first frame: Java2D's text system, then JSON reading
 * (the seed preset through Jackson) and JFreeChart's classes (each planner chart built, updated
 * and drawn once into a throwaway image). Class loading and static initialisation happen once
 * per JVM, so the window's own first use then finds them done.
 *
 * <p>Java2D's text system first: The live charts draw with Java2D
 * (JFreeChart into an image); Java2D reads the font configuration, sets up its font manager and
 * rasterises its first glyphs on first use — about 0.3–0.6 s here, which the charts' first draw
 * would otherwise pay on the FX thread just before the first frame. Started by
 * {@link PlannerLauncher} before JavaFX, it runs while the toolkit starts and the window is built,
 * on the second core when there is one. It draws only into a throwaway image; if it fails, the
 * charts simply do the same work themselves.
 */
final class StartupWarmup {

    private static final List<Font> CHART_FONTS = List.of(ChartStyle.TITLE_FONT, ChartStyle.SUBTITLE_FONT,
            ChartStyle.AXIS_LABEL_FONT, ChartStyle.TICK_FONT);

    private StartupWarmup() {
    }

    static void start() {
        Thread t = new Thread(StartupWarmup::run, "chart-text-warmup");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        try {
            BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                for (Font font : CHART_FONTS) {
                    g.setFont(font);
                    g.drawString("Monthly cost $0 1k 10M req/day", 0, 24);
                }
                Scenario seed = Presets.seedArticle();
                for (ChartKind kind : ChartKind.values()) {
                    PlannerChart chart = PlannerCharts.newChart(kind);
                    chart.update(seed);
                    chart.chart().draw(g, new Rectangle2D.Double(0, 0, 640, 400));
                }
            } finally {
                g.dispose();
            }
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the charts' own first draw sets the same things up.
        }
    }
}
