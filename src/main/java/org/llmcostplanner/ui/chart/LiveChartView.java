package org.llmcostplanner.ui.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Objects;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.PlannerChart;
import org.llmcostplanner.chart.PlannerCharts;
import org.llmcostplanner.model.Scenario;

/**
 * A planner chart that follows its inputs in real time.
 *
 * <p>Why not JFreeChart-FX's {@code ChartViewer}: it redraws synchronously on every dataset event,
 * collects tooltip entities each time, and hands thousands of small canvas commands to the render
 * thread, which rasterises them in software: 100–250 ms per change on a 2-core machine. Here:
 * <ul>
 *   <li>{@link #show} only records the latest scenario; the chart is updated and drawn at most once
 *       per pulse, in a post-layout pulse listener, and only when the scenario or size changed;</li>
 *   <li>one {@link JFreeChart} is kept and its datasets rewritten in one batch;</li>
 *   <li>it is drawn with Java2D straight into an int-ARGB-pre {@link BufferedImage} whose pixel
 *       array a {@link PixelBuffer} wraps without copying, shown by an {@link ImageView}: the
 *       render thread only uploads one texture instead of replaying canvas commands;</li>
 *   <li>no {@code ChartRenderingInfo}: no entity collection in the hot path.</li>
 * </ul>
 */
public class LiveChartView extends Region {

    private final ChartKind kind;
    private final PlannerChart chart;
    private final ImageView imageView = new ImageView();
    /** Held in a field: the scene keeps it strongly, but so should we, for removal. */
    private final Runnable pulseListener = this::onPulse;

    private Scenario requested;
    private Scenario drawnScenario;
    private int drawnWidth;
    private int drawnHeight;
    private boolean dirty;
    private long redrawCount;

    private BufferedImage image;
    private PixelBuffer<IntBuffer> pixels;

    public LiveChartView(ChartKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.chart = PlannerCharts.newChart(kind);
        getStyleClass().add("live-chart-view");
        imageView.setManaged(false);
        imageView.setSmooth(false);
        getChildren().add(imageView);
        setMinSize(160, 120);
        setPrefSize(640, 400);
        sceneProperty().addListener((obs, oldScene, newScene) -> moveListener(oldScene, newScene));
    }

    public ChartKind kind() {
        return kind;
    }

    /**
     * Shows {@code scenario} from the next pulse on. Cheap: call it on every input change; many
     * calls within one pulse lead to one update and one redraw, and an equal scenario to none.
     */
    public void show(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        if (scenario.equals(requested)) {
            return;
        }
        requested = scenario;
        markDirty();
    }

    /** The scenario last drawn, or null before the first draw. */
    public Scenario drawnScenario() {
        return drawnScenario;
    }

    /** How many times the chart has been redrawn: for tests and the redraw benchmark. */
    public long redrawCount() {
        return redrawCount;
    }

    /** The live chart (read-only use, e.g. tests reading datasets; it changes on every redraw). */
    public JFreeChart chart() {
        return chart.chart();
    }

    @Override
    protected void layoutChildren() {
        imageView.relocate(0, 0);
        if (pixelWidth() != drawnWidth || pixelHeight() != drawnHeight) {
            markDirty();
        }
    }

    private void moveListener(Scene oldScene, Scene newScene) {
        if (oldScene != null) {
            oldScene.removePostLayoutPulseListener(pulseListener);
        }
        if (newScene != null) {
            newScene.addPostLayoutPulseListener(pulseListener);
            markDirty();
        }
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    private int pixelWidth() {
        return (int) Math.ceil(getWidth());
    }

    private int pixelHeight() {
        return (int) Math.ceil(getHeight());
    }

    /** Runs once per pulse after layout, before the scene is handed to the render thread. */
    private void onPulse() {
        if (!dirty) {
            return;
        }
        dirty = false;
        int w = pixelWidth();
        int h = pixelHeight();
        if (requested == null || w <= 0 || h <= 0) {
            return;
        }
        boolean newData = !requested.equals(drawnScenario);
        if (!newData && w == drawnWidth && h == drawnHeight) {
            return;
        }
        if (newData) {
            chart.update(requested);
            drawnScenario = requested;
        }
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(pixels));
        }
        drawnWidth = w;
        drawnHeight = h;
        pixels.updateBuffer(buffer -> {
            drawChart(image, chart.chart());
            return null; // the whole image changed
        });
        redrawCount++;
    }

    static void drawChart(BufferedImage target, JFreeChart jfc) {
        Graphics2D g2 = target.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, target.getWidth(), target.getHeight());
            jfc.draw(g2, new Rectangle2D.Double(0, 0, target.getWidth(), target.getHeight()), null);
        } finally {
            g2.dispose();
        }
    }
}
