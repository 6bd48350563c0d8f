package org.llmcostplanner.ui.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.Sensitivity;
import org.llmcostplanner.analysis.SensitivityGrid;
import org.llmcostplanner.chart.HeatmapChart;
import org.llmcostplanner.chart.TornadoChart;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * What one slider step costs on the Sensitivity tab: the tornado over every input plus the 50 × 50
 * heatmap, recomputed and redrawn. A slider is "dragged" by changing the dev rate (and, every other
 * step, the volume) at the start of each pulse; each view's {@link LiveChartView#lastDrawNanos()}
 * (update = recompute, plus drawing into its image) is read at the next pulse. The recompute alone
 * is timed separately. Printed, never asserted.
 *
 * <p>Run: {@code mvn -B -o test -Pbench -Dtest=AnalysisRedrawBenchmark} (headless, Monocle,
 * software rendering). {@code -Dbench.changes=N} sets the number of steps.
 */
@Tag("bench")
class AnalysisRedrawBenchmark {

    private static final int WARMUP = 60;
    private static final int CHANGES = Integer.getInteger("bench.changes", 300);

    @Test
    void measureTornadoAndHeatmapPerSliderStep() throws Exception {
        org.llmcostplanner.ui.FxThread.startToolkit();

        Scenario seed = Planners.seed();
        long[] tornadoNanos = new long[CHANGES];
        long[] heatmapNanos = new long[CHANGES];
        CountDownLatch done = new CountDownLatch(1);
        List<Stage> stages = new ArrayList<>();
        Platform.runLater(() -> {
            LiveChartView tornado = new LiveChartView(new TornadoChart());
            LiveChartView heatmap = new LiveChartView(new HeatmapChart());
            tornado.setPrefSize(560, 620);
            heatmap.setPrefSize(560, 620);
            Stage stage = new Stage();
            stage.setScene(new Scene(new HBox(tornado, heatmap), 1120, 620));
            stage.show();
            stages.add(stage);
            new AnimationTimer() {
                int step;

                @Override
                public void handle(long now) {
                    int measured = step - WARMUP - 1;
                    if (measured >= 0 && measured < CHANGES) {
                        tornadoNanos[measured] = tornado.lastDrawNanos();
                        heatmapNanos[measured] = heatmap.lastDrawNanos();
                    }
                    if (measured + 1 >= CHANGES) {
                        stop();
                        done.countDown();
                        return;
                    }
                    Scenario s = step(seed, step++);
                    tornado.show(s);
                    heatmap.show(s);
                }
            }.start();
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("benchmark did not finish");
        }
        Platform.runLater(() -> stages.forEach(Stage::close));

        long[] total = new long[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            total[i] = tornadoNanos[i] + heatmapNanos[i];
        }
        long[] compute = computeOnly(seed);
        System.out.println("AnalysisRedrawBenchmark: " + CHANGES + " slider steps after " + WARMUP + " warm-up, "
                + "tornado 560x620 + heatmap 560x620 px, software rendering, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        print("recompute only (tornado + 50x50 grid)", compute);
        print("tornado recompute + redraw", tornadoNanos);
        print("heatmap recompute + redraw", heatmapNanos);
        print("both, per slider step", total);
    }

    /** Dev rate and volume moving as while dragging: a new scenario every step. */
    private static Scenario step(Scenario seed, int i) {
        Scenario s = seed.with(InputField.DEV_RATE_PER_HOUR, 40 + (i % 80));
        return i % 2 == 0 ? s : s.with(InputField.REQUESTS_PER_DAY, 500 + 10 * (i % 300));
    }

    private static long[] computeOnly(Scenario seed) {
        double[] buffer = new double[50 * 50];
        long[] t = new long[CHANGES];
        for (int i = 0; i < WARMUP + CHANGES; i++) {
            Scenario s = step(seed, i);
            long start = System.nanoTime();
            Sensitivity.tornado(s, Sensitivity.DEFAULT_PERCENT);
            double[] xs = HeatmapChart.axisValues(InputField.REQUESTS_PER_DAY, s.workload().requestsPerDay(), 50);
            double[] ys = HeatmapChart.axisValues(InputField.DEV_RATE_PER_HOUR, s.ops().devRatePerHour(), 50);
            SensitivityGrid.fill(s, InputField.REQUESTS_PER_DAY, xs, InputField.DEV_RATE_PER_HOUR, ys, buffer);
            if (i >= WARMUP) {
                t[i - WARMUP] = System.nanoTime() - start;
            }
        }
        return t;
    }

    private static void print(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "  %-40s min %.3f ms  median %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms%n", what, ms(s[0]),
                ms(s[s.length / 2]), ms(s[(int) (s.length * 0.95)]), ms(s[(int) (s.length * 0.99)]), ms(s[s.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
