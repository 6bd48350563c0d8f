package org.llmcostplanner.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/** Headless (Monocle): what the view draws and how often, not how fast. */
class LiveChartViewTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        org.llmcostplanner.ui.FxThread.startToolkit();
    }

    @AfterEach
    void closeStage() throws Exception {
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            return null;
        });
    }

    @Test
    void manyShowsInOnePulseLeadToOneRedrawOfTheLastScenario() throws Exception {
        LiveChartView view = shown(ChartKind.BREAKDOWN, SEED);
        long before = onFx(view::redrawCount);
        Scenario last = onFx(() -> {
            Scenario s = SEED;
            for (int v = 1; v <= 50; v++) {
                s = SEED.with(InputField.REQUESTS_PER_DAY, v * 400.0);
                view.show(s);
            }
            return s;
        });
        awaitRedraws(view, before + 1);
        Thread.sleep(200); // several more pulses: nothing left to draw
        assertEquals(before + 1, onFx(view::redrawCount));
        assertSame(last, onFx(view::drawnScenario));
        CategoryPlot plot = onFx(() -> view.chart().getCategoryPlot());
        double apiOnly = CostModel.of(last).apiOnly(20_000);
        assertEquals(apiOnly, onFx(() -> plot.getDataset().getValue("API", "Stay on API").doubleValue()), 1e-9);
    }

    @Test
    void anEqualScenarioDrawsNothing() throws Exception {
        LiveChartView view = shown(ChartKind.CUMULATIVE, SEED);
        long before = onFx(view::redrawCount);
        onFx(() -> {
            view.show(SEED.with(InputField.BILLING_DAYS_PER_MONTH, 22)); // equal, not the same object
            return null;
        });
        Thread.sleep(200);
        assertEquals(before, onFx(view::redrawCount));
    }

    @Test
    void eachChangeInALaterPulseIsDrawnAndShowsItsValues() throws Exception {
        LiveChartView view = shown(ChartKind.CUMULATIVE, SEED);
        for (double volume : new double[] {500, 5000, 50_000}) {
            long before = onFx(view::redrawCount);
            Scenario s = SEED.with(InputField.REQUESTS_PER_DAY, volume);
            onFx(() -> {
                view.show(s);
                return null;
            });
            awaitRedraws(view, before + 1);
            XYPlot plot = onFx(() -> view.chart().getXYPlot());
            double stayAfter24Months = onFx(() -> plot.getDataset().getYValue(0, 1));
            assertEquals(24 * CostModel.of(s).apiOnly(volume), stayAfter24Months, 1e-6);
        }
    }

    @Test
    void aVolumeOnlyRedrawLooksExactlyLikeAFullDraw() throws Exception {
        LiveChartView view = shown(ChartKind.COST, SEED);
        Scenario moved = SEED.with(InputField.REQUESTS_PER_DAY, 1500);
        long before = onFx(view::redrawCount);
        onFx(() -> {
            view.show(moved);
            return null;
        });
        awaitRedraws(view, before + 1);
        javafx.scene.image.Image shown = onFx(() -> view.snapshot(null, null));
        int w = (int) shown.getWidth();
        int h = (int) shown.getHeight();
        java.awt.image.BufferedImage full = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        LiveChartView.drawChart(full, org.llmcostplanner.chart.PlannerCharts.create(ChartKind.COST, moved));
        int differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (shown.getPixelReader().getArgb(x, y) != full.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels differing from a full draw");
    }

    @Test
    void chartsDrawnSideBySideInOnePulseEachLookExactlyLikeADrawOnItsOwn() throws Exception {
        // Two cores or more: the pulse draws on the FX thread and a helper at once.
        assertEquals(Runtime.getRuntime().availableProcessors() >= 2 ? 1 : 0, PulseChartRenderer.WORKERS);
        ChartKind[] kinds = ChartKind.values();
        LiveChartView[] views = onFx(() -> {
            LiveChartView[] vs = new LiveChartView[kinds.length];
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox();
            for (int i = 0; i < kinds.length; i++) {
                vs[i] = new LiveChartView(kinds[i]);
                vs[i].setPrefSize(420, 300);
                row.getChildren().add(vs[i]);
            }
            stage = new Stage();
            stage.setScene(new Scene(row));
            stage.show();
            return vs;
        });
        for (double volume : new double[] {700, 7_000, 70_000}) {
            Scenario s = SEED.with(InputField.REQUESTS_PER_DAY, volume).with(InputField.MAINTENANCE_HOURS_PER_MONTH, volume / 1000);
            long[] before = new long[views.length];
            onFx(() -> {
                for (int i = 0; i < views.length; i++) {
                    before[i] = views[i].redrawCount();
                    views[i].show(s); // all in one pulse
                }
                return null;
            });
            for (int i = 0; i < views.length; i++) {
                awaitRedraws(views[i], before[i] + 1);
                LiveChartView view = views[i];
                javafx.scene.image.Image shown = onFx(() -> view.snapshot(null, null));
                java.awt.image.BufferedImage alone = new java.awt.image.BufferedImage((int) shown.getWidth(),
                        (int) shown.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
                LiveChartView.drawChart(alone, org.llmcostplanner.chart.PlannerCharts.create(kinds[i], s));
                int differing = 0;
                for (int y = 0; y < alone.getHeight(); y++) {
                    for (int x = 0; x < alone.getWidth(); x++) {
                        if (shown.getPixelReader().getArgb(x, y) != alone.getRGB(x, y)) {
                            differing++;
                        }
                    }
                }
                assertEquals(0, differing, kinds[i] + " at " + volume + " req/day: pixels differing from a draw on its own");
            }
        }
    }

    @Test
    void resizingRedrawsAtTheNewSize() throws Exception {
        LiveChartView view = shown(ChartKind.COST, SEED);
        long before = onFx(view::redrawCount);
        onFx(() -> {
            stage.setWidth(500);
            stage.setHeight(300);
            return null;
        });
        awaitRedraws(view, before + 1);
        assertEquals(onFx(() -> Math.ceil(view.getWidth())), onFx(() -> view.snapshot(null, null).getWidth()));
    }

    @Test
    void paintsNoBackgroundUnderItsImageButStillTellsTheRendererItIsOpaque() throws Exception {
        LiveChartView undrawn = onFx(() -> new LiveChartView(ChartKind.COST));
        assertEquals(null, onFx(undrawn::getOpaqueInsets), "nothing drawn yet: not declared opaque");
        assertEquals(1, onFx(() -> undrawn.getBackground().getFills().size()), "the chart colour until drawn");

        LiveChartView view = shown(ChartKind.COST, SEED);
        assertEquals(javafx.geometry.Insets.EMPTY, onFx(view::getOpaqueInsets));
        assertEquals(null, onFx(view::getBackground), "a fill under the image would be painted and never seen");

        onFx(() -> {
            view.resize(900, 500); // larger than the image: the background is back until it is covered
            view.layout();
            assertEquals(null, view.getOpaqueInsets());
            assertEquals(1, view.getBackground().getFills().size());
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(view::getOpaqueInsets) == null && System.nanoTime() < deadline) {
            Thread.sleep(10); // the next pulse lays it out (and redraws it if need be)
        }
        assertEquals(javafx.geometry.Insets.EMPTY, onFx(view::getOpaqueInsets));
        assertEquals(null, onFx(view::getBackground));
        assertEquals(onFx(() -> Math.ceil(view.getWidth())), onFx(() -> view.image().getWidth()));
    }

    private LiveChartView shown(ChartKind kind, Scenario s) throws Exception {
        LiveChartView view = onFx(() -> {
            LiveChartView v = new LiveChartView(kind);
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(v), 640, 400));
            stage.show();
            v.show(s);
            return v;
        });
        awaitRedraws(view, 1);
        return view;
    }

    private static void awaitRedraws(LiveChartView view, long count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(view::redrawCount) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not redrawn within 10 s");
            }
            Thread.sleep(10);
        }
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return org.llmcostplanner.ui.FxThread.onFx(task);
    }
}
