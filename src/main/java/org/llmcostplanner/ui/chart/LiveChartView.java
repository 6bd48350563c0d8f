package org.llmcostplanner.ui.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.List;
import java.util.Objects;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartMoney;
import org.llmcostplanner.chart.ChartStyle;
import org.llmcostplanner.chart.ChartTheme;
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
 *       per pulse, in a post-layout pulse listener ({@link PulseChartRenderer}), and only when the
 *       scenario or size changed;</li>
 *   <li>one {@link JFreeChart} is kept and its datasets rewritten in one batch;</li>
 *   <li>it is drawn with Java2D straight into an int-ARGB-pre {@link BufferedImage} whose pixel
 *       array a {@link PixelBuffer} wraps without copying, shown by an {@link ImageView}: the
 *       render thread only uploads one texture instead of replaying canvas commands;</li>
 *   <li>no {@code ChartRenderingInfo}: no entity collection in the hot path.</li>
 * </ul>
 * The image has the screen's pixels, not the layout's: at an output scale of 2 (a high-DPI screen)
 * it is drawn at twice the logical size and shown at the logical size, so text stays sharp.
 */
public class LiveChartView extends Region {

    private final ChartKind kind;
    private final PlannerChart chart;
    private final ImageView imageView = new ImageView();

    private PulseChartRenderer renderer;
    private Scenario requested;
    private Scenario drawnScenario;
    /** The pinned baseline asked for and the one last drawn (null = none). */
    private Scenario requestedBaseline;
    private Scenario drawnBaseline;
    private int drawnWidth;
    private int drawnHeight;
    private double drawnScale = 1;
    private ChartTheme requestedTheme = ChartTheme.LIGHT;
    private ChartTheme drawnTheme = ChartTheme.LIGHT;
    /** The money style asked for and the one last drawn (charts start in USD). */
    private ChartMoney requestedMoney = ChartMoney.USD;
    private ChartMoney drawnMoney = ChartMoney.USD;
    /** The scene's money while this view is in it (see {@link #moneyOf(Scene)}). */
    private ObjectProperty<ChartMoney> sceneMoney;
    private final ChangeListener<ChartMoney> sceneMoneyChanged = (obs, old, now) -> setMoney(now);
    private Scene sceneWatched;
    private Window window;
    private final InvalidationListener scaleChanged = obs -> markDirty();
    private final ChangeListener<Window> windowChanged = (obs, old, now) -> watchWindow(now);
    private long redrawCount;
    /** Set by {@link #reconfigure}: the next frame updates the chart even for an equal scenario. */
    private boolean reconfigured;
    private volatile long lastDrawNanos;
    /** Whether the image shown covers the whole view (see {@link #paintOpaque}). */
    private boolean coveredByImage;

    private BufferedImage image;
    private PixelBuffer<IntBuffer> pixels;
    /** The base layer's pixels (chart without its overlay) and data area, for overlay-only redraws. */
    private int[] basePixels;
    private Rectangle2D baseDataArea;

    public LiveChartView(ChartKind kind) {
        this(Objects.requireNonNull(kind, "kind"), PlannerCharts.newChart(kind));
    }

    /**
     * A live view of any {@link PlannerChart} (e.g. an analysis chart that is not one of the
     * planner's {@link ChartKind}s); {@link #kind()} is null for it.
     */
    public LiveChartView(PlannerChart chart) {
        this(null, Objects.requireNonNull(chart, "chart"));
    }

    private LiveChartView(ChartKind kind, PlannerChart chart) {
        this.kind = kind;
        this.chart = chart;
        getStyleClass().add("live-chart-view");
        imageView.setManaged(false);
        imageView.setSmooth(false);
        getChildren().add(imageView);
        setMinSize(160, 120);
        setPrefSize(640, 400);
        paintOpaque(ChartTheme.LIGHT);
        sceneProperty().addListener((obs, oldScene, newScene) -> moveToScene(newScene));
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

    /** Draws in {@code theme}'s colours from the next pulse on (the charts start {@link ChartTheme#LIGHT}). */
    public void setTheme(ChartTheme theme) {
        Objects.requireNonNull(theme, "theme");
        if (theme.equals(requestedTheme)) {
            return;
        }
        requestedTheme = theme;
        paintOpaque(theme);
        markDirty();
    }

    /**
     * Writes money in {@code money}'s currency and numbers in its locale from the next pulse on.
     * A view in a scene follows {@link #moneyOf(Scene)} instead; this is for views on their own.
     */
    public void setMoney(ChartMoney money) {
        Objects.requireNonNull(money, "money");
        if (money.equals(requestedMoney)) {
            return;
        }
        requestedMoney = money;
        markDirty();
    }

    /** The money style of the last draw. */
    public ChartMoney drawnMoney() {
        return drawnMoney;
    }

    /**
     * The money style every live chart of {@code scene} draws in, now and whenever it joins the
     * scene later (tabs built on first use, views detached and re-attached): the window binds it
     * once to its display currency, and no code that builds charts needs to know about it.
     */
    @SuppressWarnings("unchecked")
    public static ObjectProperty<ChartMoney> moneyOf(Scene scene) {
        return (ObjectProperty<ChartMoney>) scene.getProperties().computeIfAbsent(MONEY_KEY,
                k -> new SimpleObjectProperty<>(scene, "chartMoney", ChartMoney.USD));
    }

    private static final String MONEY_KEY = LiveChartView.class.getName() + ".money";

    /**
     * Declares this view opaque, so the renderer can start a repaint of the chart's area here
     * instead of at the window's root: otherwise a slider step repaints every panel, border and
     * rounded corner behind the chart (on the software pipeline that was most of the render
     * thread's time per frame).
     *
     * <p>While the image covers the whole view (it always does once drawn at the current size, and
     * the chart paints an opaque background of its own), the view has no background of its own and
     * only says that it is opaque ({@link #setOpaqueInsets}): a background fill under the image
     * would be painted on every frame and never seen; on the software pipeline filling it cost
     * more than drawing the image. Before the first draw and while a resize is pending it paints
     * the chart's background colour instead.
     */
    private void paintOpaque(ChartTheme theme) {
        if (coveredByImage) {
            setBackground(null);
            // JavaFX honours opaque insets on a region without an opaque background fill only when
            // it has a shape: a rectangle, scaled to the view's size, that paints nothing.
            setShape(opaqueArea);
            setOpaqueInsets(javafx.geometry.Insets.EMPTY);
        } else {
            java.awt.Color c = theme.background();
            setShape(null);
            setOpaqueInsets(null);
            setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()), null, null)));
        }
    }

    /** Whether an image shown at {@code width} × {@code height} (layout units) covers the whole view. */
    private boolean imageCovers(double width, double height) {
        return imageView.getImage() != null && width >= getWidth() && height >= getHeight();
    }

    /** Its own shape: a region registers itself as the one listener of its shape's changes. */
    private final javafx.scene.shape.Shape opaqueArea = new javafx.scene.shape.Rectangle(1, 1);

    /** After a draw, and on every layout (the view may have outgrown its image). */
    private void setCoveredByImage(boolean covered) {
        if (covered != coveredByImage) {
            coveredByImage = covered;
            paintOpaque(requestedTheme);
        }
    }

    /** The theme of the last draw. */
    public ChartTheme drawnTheme() {
        return drawnTheme;
    }

    /** The image's pixels per layout unit at the last draw: the window's output scale. */
    public double drawnScale() {
        return drawnScale;
    }

    /** The image shown (for tests: its pixel size is the layout size times the output scale). */
    public javafx.scene.image.Image image() {
        return imageView.getImage();
    }

    /**
     * Changes the chart's own settings (on the FX thread, between pulses) and redraws it at the
     * next pulse even when the scenario is unchanged; many calls in one pulse lead to one redraw.
     */
    public void reconfigure(java.util.function.Consumer<PlannerChart> change) {
        change.accept(chart);
        reconfigured = true;
        markDirty();
    }

    /** How long the last redraw took (update + drawing), in nanoseconds; 0 before the first. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    /**
     * Draws {@code baseline} (null = none) alongside the scenario from the next pulse on, on the
     * charts that show one (the cost chart draws its curves dashed).
     */
    public void showBaseline(Scenario baseline) {
        if (Objects.equals(baseline, requestedBaseline)) {
            return;
        }
        requestedBaseline = baseline;
        markDirty();
    }

    /** The baseline last drawn, or null. */
    public Scenario drawnBaseline() {
        return drawnBaseline;
    }

    /** The scenario last drawn, or null before the first draw. */
    public Scenario drawnScenario() {
        return drawnScenario;
    }

    /** How many times the chart has been redrawn: for tests and the redraw benchmark. */
    public long redrawCount() {
        return redrawCount;
    }

    /** The live chart (read it on the FX thread; it changes on every redraw). */
    public JFreeChart chart() {
        return chart.chart();
    }

    @Override
    protected void layoutChildren() {
        imageView.relocate(0, 0);
        if (pixelWidth() != drawnWidth || pixelHeight() != drawnHeight) {
            markDirty();
        }
        setCoveredByImage(imageCovers(imageView.getFitWidth(), imageView.getFitHeight()));
    }

    private void moveToScene(Scene newScene) {
        if (renderer != null) {
            renderer.detach(this);
            renderer = null;
        }
        if (sceneWatched != null) {
            sceneWatched.windowProperty().removeListener(windowChanged);
        }
        if (sceneMoney != null) {
            sceneMoney.removeListener(sceneMoneyChanged);
            sceneMoney = null;
        }
        sceneWatched = newScene;
        watchWindow(newScene == null ? null : newScene.getWindow());
        if (newScene != null) {
            newScene.windowProperty().addListener(windowChanged);
            renderer = PulseChartRenderer.attach(newScene);
            sceneMoney = moneyOf(newScene);
            sceneMoney.addListener(sceneMoneyChanged);
            if (sceneMoney.get() != null) {
                setMoney(sceneMoney.get());
            }
            markDirty();
        }
    }

    /** Redraws when the window moves to a screen of another output scale. */
    private void watchWindow(Window w) {
        if (window != null) {
            window.outputScaleXProperty().removeListener(scaleChanged);
        }
        window = w;
        if (w != null) {
            w.outputScaleXProperty().addListener(scaleChanged);
            markDirty();
        }
    }

    private double outputScale() {
        double scale = window == null ? 1 : window.getOutputScaleX();
        return scale > 0 && Double.isFinite(scale) ? scale : 1;
    }

    private void markDirty() {
        if (renderer != null) {
            renderer.markDirty(this);
            Platform.requestNextPulse();
        }
    }

    private int pixelWidth() {
        return (int) Math.ceil(getWidth() * outputScale());
    }

    private int pixelHeight() {
        return (int) Math.ceil(getHeight() * outputScale());
    }

    /** On the FX thread, in the pulse: what to draw, or null when the picture would not change. */
    Frame prepareFrame() {
        int w = pixelWidth();
        int h = pixelHeight();
        if (requested == null || w <= 0 || h <= 0) {
            return null;
        }
        double scale = outputScale();
        boolean newBaseline = !Objects.equals(requestedBaseline, drawnBaseline);
        boolean newMoney = !requestedMoney.equals(drawnMoney);
        boolean newData = newBaseline || newMoney || !requested.equals(drawnScenario) || reconfigured;
        reconfigured = false;
        boolean newTheme = !requestedTheme.equals(drawnTheme);
        if (!newData && !newTheme && w == drawnWidth && h == drawnHeight && scale == drawnScale) {
            return null;
        }
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(pixels));
            basePixels = null;
        }
        if (newTheme || scale != drawnScale) {
            basePixels = null; // the kept base layer has the old colours or scale
        }
        // One image pixel per device pixel: shown at the layout size.
        imageView.setFitWidth(w / scale);
        imageView.setFitHeight(h / scale);
        drawnWidth = w;
        drawnHeight = h;
        drawnScale = scale;
        drawnTheme = requestedTheme;
        Frame frame = new Frame(this, newData ? requested : null, newTheme ? requestedTheme : null, scale, image, pixels);
        frame.newBaseline = newBaseline;
        frame.baseline = requestedBaseline;
        frame.newMoney = newMoney ? requestedMoney : null;
        return frame;
    }

    /** One redraw of one view: prepared on the FX thread, drawn on any thread, published on the FX thread. */
    static final class Frame {
        private final LiveChartView view;
        private final Scenario newData;
        private final ChartTheme newTheme;
        private final double scale;
        private final BufferedImage target;
        private final PixelBuffer<IntBuffer> buffer;
        private boolean newBaseline;
        private Scenario baseline;
        /** The money style to switch to before the update, or null for no change. */
        private ChartMoney newMoney;

        Frame(LiveChartView view, Scenario newData, ChartTheme newTheme, double scale, BufferedImage target,
              PixelBuffer<IntBuffer> buffer) {
            this.view = view;
            this.newData = newData;
            this.newTheme = newTheme;
            this.scale = scale;
            this.target = target;
            this.buffer = buffer;
        }

        long expectedNanos() {
            return view.lastDrawNanos;
        }

        /**
         * Touches only this view's chart and images, so frames of different views can draw in
         * parallel. When only the chart's overlay changed (the volume moved the current-volume
         * marker and nothing else), copies the kept base layer back and draws just the overlay:
         * an array copy and one line with a label instead of the whole chart.
         */
        void draw() {
            long start = System.nanoTime();
            PlannerChart c = view.chart;
            if (newTheme != null) {
                ChartStyle.applyTheme(c.chart(), newTheme);
            }
            if (newBaseline) {
                c.setBaseline(baseline);
            }
            if (newMoney != null) {
                c.setMoney(newMoney);
            }
            if (newData != null) {
                c.update(newData);
            }
            int[] pixels = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
            if (!c.hasOverlay()) {
                drawChart(target, c.chart(), scale);
            } else if (newData != null && c.onlyOverlayChanged() && view.basePixels != null) {
                System.arraycopy(view.basePixels, 0, pixels, 0, pixels.length);
                drawOverlay(target, c, view.baseDataArea, scale);
            } else {
                c.setOverlayVisible(false);
                try {
                    view.baseDataArea = drawChart(target, c.chart(), scale);
                } finally {
                    c.setOverlayVisible(true);
                }
                if (view.basePixels == null || view.basePixels.length != pixels.length) {
                    view.basePixels = new int[pixels.length];
                }
                System.arraycopy(pixels, 0, view.basePixels, 0, pixels.length);
                drawOverlay(target, c, view.baseDataArea, scale);
            }
            view.lastDrawNanos = System.nanoTime() - start;
        }

        /**
         * Runs {@code drawing} inside the update callback of every frame's pixel buffer (the
         * buffers may only change there), then records the redraws. On the FX thread.
         */
        static void publishAll(List<Frame> frames, Runnable drawing) {
            publishFrom(frames, 0, drawing);
            for (Frame f : frames) {
                if (f.newData != null) {
                    f.view.drawnScenario = f.newData;
                }
                if (f.newBaseline) {
                    f.view.drawnBaseline = f.baseline;
                }
                if (f.newMoney != null) {
                    f.view.drawnMoney = f.newMoney;
                }
                f.view.redrawCount++;
                f.view.setCoveredByImage(f.view.imageCovers(f.target.getWidth() / f.scale, f.target.getHeight() / f.scale));
            }
        }

        private static void publishFrom(List<Frame> frames, int i, Runnable drawing) {
            if (i == frames.size()) {
                drawing.run();
                return;
            }
            frames.get(i).buffer.updateBuffer(b -> {
                publishFrom(frames, i + 1, drawing);
                return null; // the whole image changed
            });
        }
    }

    /** Draws the whole chart; returns the plot's data area. */
    static Rectangle2D drawChart(BufferedImage target, JFreeChart jfc) {
        return drawChart(target, jfc, 1);
    }

    /**
     * Draws the whole chart laid out for the image's size divided by {@code scale} (the logical
     * size) and scaled up to fill it; returns the plot's data area in logical units.
     */
    static Rectangle2D drawChart(BufferedImage target, JFreeChart jfc, double scale) {
        Graphics2D g2 = target.createGraphics();
        try {
            g2.scale(scale, scale);
            // The chart paints its own opaque background and sets its own rendering hints. The
            // rendering info only records the data area: no entity collection (null).
            ChartRenderingInfo info = new ChartRenderingInfo(null);
            jfc.draw(g2, new Rectangle2D.Double(0, 0, target.getWidth() / scale, target.getHeight() / scale), null,
                    info);
            return info.getPlotInfo().getDataArea();
        } finally {
            g2.dispose();
        }
    }

    private static void drawOverlay(BufferedImage target, PlannerChart chart, Rectangle2D dataArea, double scale) {
        Graphics2D g2 = target.createGraphics();
        try {
            g2.scale(scale, scale);
            chart.drawOverlay(g2, dataArea);
        } finally {
            g2.dispose();
        }
    }
}
