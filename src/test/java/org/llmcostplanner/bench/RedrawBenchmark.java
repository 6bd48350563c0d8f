package org.llmcostplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.PlannerCharts;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * Change → frame shown, for our {@link LiveChartView}s and, in the same run, for default
 * JFreeChart-FX {@code ChartViewer}s showing the same curves. Numbers are printed and written to
 * target/benchmarks/redraw.json, never asserted (timings depend on the machine).
 *
 * <p>Run: {@code mvn -B -o test -Pbench -Dtest=RedrawBenchmark} (headless, Monocle; add
 * {@code -Pxvfb} under {@code xvfb-run -a -s "-screen 0 1920x1200x24"} for a real X display).
 * {@code -Dbench.changes=N -Dbench.warmup=N} change the counts; {@code -Dllmcostplanner.chart.threads=2}
 * draws the charts on the FX thread and a helper in the pulse, for comparison.
 *
 * <p>Ours and the baseline are measured in turn, change by change, each in its own stage, so both
 * see the same load on this shared machine. What one sample is: a scripted input change made at the start of a pulse (in an
 * {@link AnimationTimer}, as a slider's value change is handled before the next pulse's layout),
 * until the frame holding it is rendered ({@link FrameShownProbe}). Changes are isolated (a quiet
 * gap after each frame) and alternate between the volume and other inputs, like a user moving
 * different sliders; the wait for the next 60 Hz pulse, the same for every chart, is not part of it.
 */
@Tag("bench")
class RedrawBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final int CHANGES = Integer.getInteger("bench.changes", 300);
    private static final long QUIET_MILLIS = 35;
    /**
     * {@code -Dbench.alone=true}: time only our window (the baselines' stages stay open but idle),
     * so their garbage and JIT compilation do not land on our changes; baselines then print NaN.
     */
    private static final boolean ALONE = Boolean.getBoolean("bench.alone");
    /** Baseline stages get the size of the planner window's chart area (measured once it is shown). */
    private static double[] chartArea = {930, 640};

    @Test
    void measureChangeToFrameShown() throws Exception {
        Results r = run();
        System.out.println(r.table());
    }

    /**
     * The same measurement in a JVM of its own, for the suite's run with another JIT set-up
     * ({@link ChildJvm}): prints {@code key=value} lines.
     */
    public static void main(String[] args) throws Exception {
        Results r = run();
        System.out.println(r.table());
        System.out.printf(Locale.ROOT, "llmcostplanner.redrawP50Ms=%.2f%nllmcostplanner.redrawP95Ms=%.2f%n"
                + "llmcostplanner.redrawP99Ms=%.2f%nllmcostplanner.naiveChartViewerRedrawP95Ms=%.2f%n"
                + "llmcostplanner.lineChartRedrawP95Ms=%.2f%n", r.ours().p(50), r.ours().p(95), r.ours().p(99),
                r.chartViewer().p(95), r.javaFxCharts().p(95));
        System.exit(0);
    }

    /**
     * The JIT set-up this JVM runs with. It matters here: on 2 cores the server compiler's
     * background compiling competes with the FX and render threads, which shows in the p95.
     */
    static String jit() {
        boolean clientOnly = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:TieredStopAtLevel=1");
        return clientOnly ? "client compiler only (-XX:TieredStopAtLevel=1, as the app ships)" : "default (C1 + C2)";
    }

    /** Everything the redraw harness measures, for the suite. */
    record Results(Result ours, Result chartViewer, Result javaFxCharts, double dragFps, double dragFpsWindowViewModel,
            double dragFpsChartViewer, double dragFpsJavaFxCharts) {

        String table() {
            return String.format(Locale.ROOT, "%nJIT: %s%n%-24s %8s %8s %8s %8s%n", jit(), "change -> frame shown", "p50 ms",
                    "p95 ms", "p99 ms", "mean ms")
                    + ours.row() + ours.subset("  volume changes", true) + ours.subset("  other inputs", false)
                    + chartViewer.row() + javaFxCharts.row()
                    + String.format(Locale.ROOT, "p95 ratio: ChartViewer / ours %.1fx, JavaFX charts / ours %.1fx%n",
                            chartViewer.p(95) / ours.p(95), javaFxCharts.p(95) / ours.p(95))
                    + String.format(Locale.ROOT, "drag, frames shown per second: planner window (real slider) %.1f;"
                            + " same scripted drag:"
                            + " window via view-model %.1f, ChartViewer %.1f, JavaFX charts %.1f%n", dragFps, dragFpsWindowViewModel,
                            dragFpsChartViewer, dragFpsJavaFxCharts);
        }
    }

    /** Runs the interleaved change → frame-shown measurement, then the drags; writes redraw.json. */
    static Results run() throws Exception {
        startToolkit();
        List<Scenario> script = ChangeScript.of(WARMUP + CHANGES);

        RealWindow[] window = new RealWindow[1];
        Subject live = new Subject("planner window (ours)", () -> {
            window[0] = RealWindow.open();
            window[0].stage().getScene().getRoot().applyCss();
            window[0].stage().getScene().getRoot().layout();
            javafx.geometry.Bounds area = window[0].scene().lookup("#chartsPane").getLayoutBounds();
            chartArea = new double[] {area.getWidth(), area.getHeight()};
            return window[0].stage();
        }, s -> window[0].apply(s));

        // Same y range as ours (computed before measuring, not timed).
        java.util.Map<Scenario, Double> costAxisMax = new java.util.HashMap<>();
        for (Scenario s : script) {
            costAxisMax.put(s, costAxisMax(s));
        }
        Scenario dragBase = script.get(script.size() - 1);
        for (int i = 0; i <= Drag.STEPS; i++) {
            Scenario s = dragBase.with(InputField.REQUESTS_PER_DAY, Drag.volumeAt((double) i / Drag.STEPS));
            costAxisMax.put(s, costAxisMax(s));
        }
        NaiveChartViewers[] naive = new NaiveChartViewers[1];
        Subject viewer = new Subject("default ChartViewer", () -> {
            naive[0] = new NaiveChartViewers();
            return stageWith(naive[0].nodes());
        }, s -> naive[0].show(s, costAxisMax.computeIfAbsent(s, RedrawBenchmark::costAxisMax)));
        JavaFxChartsBaseline[] fx = new JavaFxChartsBaseline[1];
        Subject fxCharts = new Subject("JavaFX LineChart etc.", () -> {
            fx[0] = new JavaFxChartsBaseline();
            return stageWith(fx[0].nodes());
        }, s -> fx[0].show(s, costAxisMax.computeIfAbsent(s, RedrawBenchmark::costAxisMax)));

        List<Subject> subjects = List.of(live, viewer, fxCharts);
        double[] dragFps = new double[subjects.size()];
        double[] windowDrag = new double[1];
        measureInterleaved(subjects, script, dragFps, () -> windowDrag[0] = dragVolumeSlider(window[0]));
        Results r = new Results(live.result, viewer.result, fxCharts.result, windowDrag[0], dragFps[0], dragFps[1],
                dragFps[2]);
        writeJson(r);
        return r;
    }

    private static double costAxisMax(Scenario s) {
        return PlannerCharts.create(ChartKind.COST, s).getXYPlot().getRangeAxis().getUpperBound();
    }

    /** One thing measured: its chart nodes and how a scenario is applied to them. */
    private static final class Subject {
        final String name;
        final java.util.concurrent.Callable<Stage> stage;
        final Consumer<Scenario> apply;
        Harness harness;
        Result result;

        Subject(String name, java.util.concurrent.Callable<Stage> stage, Consumer<Scenario> apply) {
            this.name = name;
            this.stage = stage;
            this.apply = apply;
        }
    }

    /**
     * Measures every subject on the same script, change by change in turn (ours, baseline, ours, …),
     * each in its own stage, so both see the same machine load: this machine is shared, and a
     * baseline measured a minute later would be compared with different weather.
     */
    private static void measureInterleaved(List<Subject> subjects, List<Scenario> script, double[] dragFps,
            java.util.concurrent.Callable<?> whileOpen) throws Exception {
        try {
            for (Subject subject : subjects) {
                subject.harness = onFx(() -> new Harness(subject.stage.call(), subject.apply));
                onFx(() -> {
                    subject.apply.accept(Scenario.defaults()); // differs from every scripted step
                    return null;
                });
            }
            Thread.sleep(500);
            double[][] millis = new double[subjects.size()][CHANGES];
            for (int i = 0; i < script.size(); i++) {
                for (int k = 0; k < (ALONE ? 1 : subjects.size()); k++) {
                    Thread.sleep(QUIET_MILLIS + (i * 7L) % 17); // vary the phase against the pulse timer
                    double ms = subjects.get(k).harness.change(script.get(i));
                    if (i >= WARMUP) {
                        millis[k][i - WARMUP] = ms;
                    }
                }
            }
            for (int k = 0; k < subjects.size(); k++) {
                Subject subject = subjects.get(k);
                onFx(() -> {
                    subject.harness.snapshot(Path.of("target", "benchmarks",
                            "redraw-" + subject.name.replaceAll("[^A-Za-z]+", "-") + ".png"));
                    return null;
                });
                subject.result = new Result(subject.name, ALONE && k > 0 ? new double[0] : millis[k]);
            }
            writeSamples(subjects, script, millis);
            Scenario base = script.get(script.size() - 1);
            for (int k = 0; k < subjects.size(); k++) {
                Subject subject = subjects.get(k);
                Thread.sleep(300);
                dragFps[k] = Drag.framesPerSecond(subject.harness.stage.getScene(),
                        t -> subject.apply.accept(base.with(InputField.REQUESTS_PER_DAY, Drag.volumeAt(t))));
            }
            Thread.sleep(300);
            whileOpen.call();
        } finally {
            for (Subject subject : subjects) {
                if (subject.harness != null) {
                    onFx(() -> {
                        subject.harness.close();
                        return null;
                    });
                }
            }
        }
    }

    /**
     * Every measured change, one row each (target/benchmarks/redraw-samples.csv): which input it
     * changed and each subject's time, to see what the slow ones have in common.
     */
    private static void writeSamples(List<Subject> subjects, List<Scenario> script, double[][] millis)
            throws IOException {
        StringBuilder csv = new StringBuilder("step,input");
        for (Subject subject : subjects) {
            csv.append(',').append(subject.name.replaceAll("[^A-Za-z]+", "_")).append("_ms");
        }
        csv.append('\n');
        for (int i = WARMUP; i < script.size(); i++) {
            csv.append(i).append(',').append(changedInput(script.get(Math.max(0, i - 1)), script.get(i)));
            for (int k = 0; k < subjects.size(); k++) {
                csv.append(String.format(Locale.ROOT, ",%.3f", millis[k][i - WARMUP]));
            }
            csv.append('\n');
        }
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("redraw-samples.csv"), csv);
    }

    private static String changedInput(Scenario before, Scenario after) {
        for (InputField f : InputField.values()) {
            if (Double.compare(before.get(f), after.get(f)) != 0) {
                return f.name();
            }
        }
        return "none";
    }

    /** One stage with the charts, an animation timer that makes changes inside a pulse, and the probe. */
    private static final class Harness {
        final Stage stage;
        private final FrameShownProbe probe;
        private final Consumer<Scenario> apply;
        private volatile Scenario pending;
        private volatile long changedAt;
        /** Held in a field: the toolkit keeps pulse receivers weakly. */
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Scenario s = pending;
                if (s != null) {
                    pending = null;
                    changedAt = System.nanoTime();
                    probe.arm();
                    apply.accept(s);
                }
            }
        };

        Harness(Stage stage, Consumer<Scenario> apply) {
            this.stage = stage;
            this.apply = apply;
            probe = new FrameShownProbe(stage.getScene());
            timer.start();
        }

        /** Makes the change in the next pulse; returns change → frame shown in ms. */
        double change(Scenario s) throws InterruptedException {
            probe.expectFrame();
            pending = s;
            long shown = probe.awaitShown(5000);
            if (shown < 0) {
                throw new IllegalStateException("no frame within 5 s after a change");
            }
            return (shown - changedAt) / 1e6;
        }

        /** What the last frame showed, to look at (not compared). */
        void snapshot(Path png) throws IOException {
            Files.createDirectories(png.getParent());
            javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        }

        void close() {
            timer.stop();
            stage.close();
        }
    }

    static final class Result {
        final String name;
        final double[] millis;

        Result(String name, double[] millis) {
            this.name = name;
            this.millis = millis;
        }

        double p(double percentile) {
            return percentile(millis, percentile);
        }

        double mean() {
            return Arrays.stream(millis).average().orElse(Double.NaN);
        }

        String row() {
            return String.format(Locale.ROOT, "%-24s %8.1f %8.1f %8.1f %8.1f%n", name, p(50), p(95), p(99), mean());
        }

        /** Even script steps change the volume, odd ones another input; warm-up count is even. */
        double[] subset(boolean volume) {
            double[] out = new double[(millis.length + (volume ? 1 : 0)) / 2];
            int shift = WARMUP % 2;
            for (int i = 0, j = 0; i < millis.length && j < out.length; i++) {
                if (((i + shift) % 2 == 0) == volume) {
                    out[j++] = millis[i];
                }
            }
            return out;
        }

        String subset(String label, boolean volume) {
            double[] s = subset(volume);
            return String.format(Locale.ROOT, "%-24s %8.1f %8.1f %8.1f %8.1f%n", label, percentile(s, 50),
                    percentile(s, 95), percentile(s, 99), Arrays.stream(s).average().orElse(Double.NaN));
        }

        String json(String indent) {
            return String.format(Locale.ROOT, "{\"samples\": %d, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"p99Ms\": %.2f,"
                    + " \"meanMs\": %.2f, \"maxMs\": %.2f}", millis.length, p(50), p(95), p(99), mean(),
                    Arrays.stream(millis).max().orElse(Double.NaN));
        }
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The planner window's real volume slider dragged end to end (its value set once per pulse). */
    private static double dragVolumeSlider(RealWindow window) throws Exception {
        javafx.scene.control.Slider slider = onFx(window::volumeSlider);
        double min = slider.getMin();
        double max = slider.getMax();
        return Drag.framesPerSecond(window.scene(), t -> slider.setValue(min + t * (max - min)));
    }

    /** A baseline's three charts laid out as the planner lays out its charts (cost on top). */
    private static Stage stageWith(List<? extends Node> charts) {
        GridPane grid = new GridPane();
        grid.add(charts.get(0), 0, 0, 2, 1);
        grid.add(charts.get(1), 0, 1);
        grid.add(charts.get(2), 1, 1);
        for (Node n : charts) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
            if (n instanceof javafx.scene.layout.Region r) {
                r.setPrefSize(chartArea[0] / 2, chartArea[1] / 2);
                r.setMinSize(10, 10);
            }
        }
        Stage stage = new Stage();
        stage.setScene(new Scene(grid, chartArea[0], chartArea[1]));
        stage.show();
        return stage;
    }

    private static void writeJson(Results r) throws IOException {
        Result live = r.ours();
        Result viewer = r.chartViewer();
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        String json = String.format(Locale.ROOT, "{%n  \"javaVersion\": \"%s\",%n  \"cores\": %d,%n"
                        + "  \"glassPlatform\": \"%s\",%n  \"prismOrder\": \"%s\",%n  \"jit\": \"%s\",%n"
                        + "  \"chartDrawingThreads\": \"%s\",%n"
                        + "  \"stage\": \"%.0fx%.0f\",%n  \"warmup\": %d,%n"
                        + "  \"liveChartView\": %s,%n  \"defaultChartViewer\": %s,%n  \"javaFxCharts\": %s,%n"
                        + "  \"redrawP50Ms\": %.2f,%n  \"redrawP95Ms\": %.2f,%n  \"redrawP99Ms\": %.2f,%n"
                        + "  \"naiveChartViewerRedrawP95Ms\": %.2f,%n  \"lineChartRedrawP95Ms\": %.2f,%n"
                        + "  \"dragFps\": %.1f,%n  \"dragFpsScriptedDrag\": {\"windowViewModel\": %.1f, \"chartViewer\": %.1f,"
                        + " \"javaFxCharts\": %.1f}%n}%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("glass.platform", "default"), System.getProperty("prism.order", "default"),
                jit(), System.getProperty("llmcostplanner.chart.threads", "default"), chartArea[0], chartArea[1], WARMUP,
                live.json("  "), viewer.json("  "), r.javaFxCharts().json("  "), live.p(50), live.p(95), live.p(99),
                viewer.p(95), r.javaFxCharts().p(95), r.dragFps(), r.dragFpsWindowViewModel(), r.dragFpsChartViewer(),
                r.dragFpsJavaFxCharts());
        Files.writeString(dir.resolve("redraw.json"), json);
    }

    static void startToolkit() throws InterruptedException {
        org.llmcostplanner.ui.FxThread.startToolkit();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        return org.llmcostplanner.ui.FxThread.onFx(task);
    }
}
